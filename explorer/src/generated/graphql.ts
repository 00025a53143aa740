/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActorConnectInput = {
  cooperatedWithBy?: Array<ActorCooperatedWithByConnectFieldInput> | null | undefined;
  cooperatesWith?: Array<ActorCooperatesWithConnectFieldInput> | null | undefined;
  coordinates?: Array<ActorCoordinatesConnectFieldInput> | null | undefined;
  funds?: Array<ActorFundsConnectFieldInput> | null | undefined;
  memberships?: Array<ActorMembershipsConnectFieldInput> | null | undefined;
  municipality?: Array<ActorMunicipalityConnectFieldInput> | null | undefined;
  offers?: Array<ActorOffersConnectFieldInput> | null | undefined;
  reportedNeeds?: Array<ActorReportedNeedsConnectFieldInput> | null | undefined;
  serves?: Array<ActorServesConnectFieldInput> | null | undefined;
};

export type ActorConnectWhere = {
  node: ActorWhere;
};

export type ActorCooperatedWithByConnectFieldInput = {
  connect?: Array<ActorConnectInput> | null | undefined;
  edge: CooperationCreateInput;
  where?: ActorConnectWhere | null | undefined;
};

export type ActorCooperatedWithByConnectionAggregateInput = {
  AND?: Array<ActorCooperatedWithByConnectionAggregateInput> | null | undefined;
  NOT?: ActorCooperatedWithByConnectionAggregateInput | null | undefined;
  OR?: Array<ActorCooperatedWithByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: CooperationAggregationWhereInput | null | undefined;
  node?: ActorCooperatedWithByNodeAggregationWhereInput | null | undefined;
};

export type ActorCooperatedWithByConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorCooperatedWithByConnections */
  aggregate?: ActorCooperatedWithByConnectionAggregateInput | null | undefined;
  /** Return Actors where all of the related ActorCooperatedWithByConnections match this filter */
  all?: ActorCooperatedWithByConnectionWhere | null | undefined;
  /** Return Actors where none of the related ActorCooperatedWithByConnections match this filter */
  none?: ActorCooperatedWithByConnectionWhere | null | undefined;
  /** Return Actors where one of the related ActorCooperatedWithByConnections match this filter */
  single?: ActorCooperatedWithByConnectionWhere | null | undefined;
  /** Return Actors where some of the related ActorCooperatedWithByConnections match this filter */
  some?: ActorCooperatedWithByConnectionWhere | null | undefined;
};

export type ActorCooperatedWithByConnectionWhere = {
  AND?: Array<ActorCooperatedWithByConnectionWhere> | null | undefined;
  NOT?: ActorCooperatedWithByConnectionWhere | null | undefined;
  OR?: Array<ActorCooperatedWithByConnectionWhere> | null | undefined;
  edge?: CooperationWhere | null | undefined;
  node?: ActorWhere | null | undefined;
};

export type ActorCooperatedWithByCreateFieldInput = {
  edge: CooperationCreateInput;
  node: ActorCreateInput;
};

export type ActorCooperatedWithByDeleteFieldInput = {
  delete?: ActorDeleteInput | null | undefined;
  where?: ActorCooperatedWithByConnectionWhere | null | undefined;
};

export type ActorCooperatedWithByDisconnectFieldInput = {
  disconnect?: ActorDisconnectInput | null | undefined;
  where?: ActorCooperatedWithByConnectionWhere | null | undefined;
};

export type ActorCooperatedWithByFieldInput = {
  connect?: Array<ActorCooperatedWithByConnectFieldInput> | null | undefined;
  create?: Array<ActorCooperatedWithByCreateFieldInput> | null | undefined;
};

export type ActorCooperatedWithByNodeAggregationWhereInput = {
  AND?: Array<ActorCooperatedWithByNodeAggregationWhereInput> | null | undefined;
  NOT?: ActorCooperatedWithByNodeAggregationWhereInput | null | undefined;
  OR?: Array<ActorCooperatedWithByNodeAggregationWhereInput> | null | undefined;
  address?: StringScalarAggregationFilters | null | undefined;
  city?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  email?: StringScalarAggregationFilters | null | undefined;
  externalId?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  phone?: StringScalarAggregationFilters | null | undefined;
  postcode?: StringScalarAggregationFilters | null | undefined;
  source?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  website?: StringScalarAggregationFilters | null | undefined;
};

export type ActorCooperatedWithByUpdateConnectionInput = {
  edge?: CooperationUpdateInput | null | undefined;
  node?: ActorUpdateInput | null | undefined;
  where?: ActorCooperatedWithByConnectionWhere | null | undefined;
};

export type ActorCooperatedWithByUpdateFieldInput = {
  connect?: Array<ActorCooperatedWithByConnectFieldInput> | null | undefined;
  create?: Array<ActorCooperatedWithByCreateFieldInput> | null | undefined;
  delete?: Array<ActorCooperatedWithByDeleteFieldInput> | null | undefined;
  disconnect?: Array<ActorCooperatedWithByDisconnectFieldInput> | null | undefined;
  update?: ActorCooperatedWithByUpdateConnectionInput | null | undefined;
};

export type ActorCooperatesWithConnectFieldInput = {
  connect?: Array<ActorConnectInput> | null | undefined;
  edge: CooperationCreateInput;
  where?: ActorConnectWhere | null | undefined;
};

export type ActorCooperatesWithConnectionAggregateInput = {
  AND?: Array<ActorCooperatesWithConnectionAggregateInput> | null | undefined;
  NOT?: ActorCooperatesWithConnectionAggregateInput | null | undefined;
  OR?: Array<ActorCooperatesWithConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: CooperationAggregationWhereInput | null | undefined;
  node?: ActorCooperatesWithNodeAggregationWhereInput | null | undefined;
};

export type ActorCooperatesWithConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorCooperatesWithConnections */
  aggregate?: ActorCooperatesWithConnectionAggregateInput | null | undefined;
  /** Return Actors where all of the related ActorCooperatesWithConnections match this filter */
  all?: ActorCooperatesWithConnectionWhere | null | undefined;
  /** Return Actors where none of the related ActorCooperatesWithConnections match this filter */
  none?: ActorCooperatesWithConnectionWhere | null | undefined;
  /** Return Actors where one of the related ActorCooperatesWithConnections match this filter */
  single?: ActorCooperatesWithConnectionWhere | null | undefined;
  /** Return Actors where some of the related ActorCooperatesWithConnections match this filter */
  some?: ActorCooperatesWithConnectionWhere | null | undefined;
};

export type ActorCooperatesWithConnectionWhere = {
  AND?: Array<ActorCooperatesWithConnectionWhere> | null | undefined;
  NOT?: ActorCooperatesWithConnectionWhere | null | undefined;
  OR?: Array<ActorCooperatesWithConnectionWhere> | null | undefined;
  edge?: CooperationWhere | null | undefined;
  node?: ActorWhere | null | undefined;
};

export type ActorCooperatesWithCreateFieldInput = {
  edge: CooperationCreateInput;
  node: ActorCreateInput;
};

export type ActorCooperatesWithDeleteFieldInput = {
  delete?: ActorDeleteInput | null | undefined;
  where?: ActorCooperatesWithConnectionWhere | null | undefined;
};

export type ActorCooperatesWithDisconnectFieldInput = {
  disconnect?: ActorDisconnectInput | null | undefined;
  where?: ActorCooperatesWithConnectionWhere | null | undefined;
};

export type ActorCooperatesWithFieldInput = {
  connect?: Array<ActorCooperatesWithConnectFieldInput> | null | undefined;
  create?: Array<ActorCooperatesWithCreateFieldInput> | null | undefined;
};

export type ActorCooperatesWithNodeAggregationWhereInput = {
  AND?: Array<ActorCooperatesWithNodeAggregationWhereInput> | null | undefined;
  NOT?: ActorCooperatesWithNodeAggregationWhereInput | null | undefined;
  OR?: Array<ActorCooperatesWithNodeAggregationWhereInput> | null | undefined;
  address?: StringScalarAggregationFilters | null | undefined;
  city?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  email?: StringScalarAggregationFilters | null | undefined;
  externalId?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  phone?: StringScalarAggregationFilters | null | undefined;
  postcode?: StringScalarAggregationFilters | null | undefined;
  source?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  website?: StringScalarAggregationFilters | null | undefined;
};

export type ActorCooperatesWithUpdateConnectionInput = {
  edge?: CooperationUpdateInput | null | undefined;
  node?: ActorUpdateInput | null | undefined;
  where?: ActorCooperatesWithConnectionWhere | null | undefined;
};

export type ActorCooperatesWithUpdateFieldInput = {
  connect?: Array<ActorCooperatesWithConnectFieldInput> | null | undefined;
  create?: Array<ActorCooperatesWithCreateFieldInput> | null | undefined;
  delete?: Array<ActorCooperatesWithDeleteFieldInput> | null | undefined;
  disconnect?: Array<ActorCooperatesWithDisconnectFieldInput> | null | undefined;
  update?: ActorCooperatesWithUpdateConnectionInput | null | undefined;
};

export type ActorCoordinatesConnectFieldInput = {
  connect?: Array<NetworkConnectInput> | null | undefined;
  where?: NetworkConnectWhere | null | undefined;
};

export type ActorCoordinatesConnectionAggregateInput = {
  AND?: Array<ActorCoordinatesConnectionAggregateInput> | null | undefined;
  NOT?: ActorCoordinatesConnectionAggregateInput | null | undefined;
  OR?: Array<ActorCoordinatesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: ActorCoordinatesNodeAggregationWhereInput | null | undefined;
};

export type ActorCoordinatesConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorCoordinatesConnections */
  aggregate?: ActorCoordinatesConnectionAggregateInput | null | undefined;
  /** Return Actors where all of the related ActorCoordinatesConnections match this filter */
  all?: ActorCoordinatesConnectionWhere | null | undefined;
  /** Return Actors where none of the related ActorCoordinatesConnections match this filter */
  none?: ActorCoordinatesConnectionWhere | null | undefined;
  /** Return Actors where one of the related ActorCoordinatesConnections match this filter */
  single?: ActorCoordinatesConnectionWhere | null | undefined;
  /** Return Actors where some of the related ActorCoordinatesConnections match this filter */
  some?: ActorCoordinatesConnectionWhere | null | undefined;
};

export type ActorCoordinatesConnectionWhere = {
  AND?: Array<ActorCoordinatesConnectionWhere> | null | undefined;
  NOT?: ActorCoordinatesConnectionWhere | null | undefined;
  OR?: Array<ActorCoordinatesConnectionWhere> | null | undefined;
  node?: NetworkWhere | null | undefined;
};

export type ActorCoordinatesCreateFieldInput = {
  node: NetworkCreateInput;
};

export type ActorCoordinatesDeleteFieldInput = {
  delete?: NetworkDeleteInput | null | undefined;
  where?: ActorCoordinatesConnectionWhere | null | undefined;
};

export type ActorCoordinatesDisconnectFieldInput = {
  disconnect?: NetworkDisconnectInput | null | undefined;
  where?: ActorCoordinatesConnectionWhere | null | undefined;
};

export type ActorCoordinatesFieldInput = {
  connect?: Array<ActorCoordinatesConnectFieldInput> | null | undefined;
  create?: Array<ActorCoordinatesCreateFieldInput> | null | undefined;
};

export type ActorCoordinatesNodeAggregationWhereInput = {
  AND?: Array<ActorCoordinatesNodeAggregationWhereInput> | null | undefined;
  NOT?: ActorCoordinatesNodeAggregationWhereInput | null | undefined;
  OR?: Array<ActorCoordinatesNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type ActorCoordinatesUpdateConnectionInput = {
  node?: NetworkUpdateInput | null | undefined;
  where?: ActorCoordinatesConnectionWhere | null | undefined;
};

export type ActorCoordinatesUpdateFieldInput = {
  connect?: Array<ActorCoordinatesConnectFieldInput> | null | undefined;
  create?: Array<ActorCoordinatesCreateFieldInput> | null | undefined;
  delete?: Array<ActorCoordinatesDeleteFieldInput> | null | undefined;
  disconnect?: Array<ActorCoordinatesDisconnectFieldInput> | null | undefined;
  update?: ActorCoordinatesUpdateConnectionInput | null | undefined;
};

export type ActorCreateInput = {
  address?: string | null | undefined;
  city?: string | null | undefined;
  cooperatedWithBy?: ActorCooperatedWithByFieldInput | null | undefined;
  cooperatesWith?: ActorCooperatesWithFieldInput | null | undefined;
  coordinates?: ActorCoordinatesFieldInput | null | undefined;
  description?: string | null | undefined;
  email?: string | null | undefined;
  externalId?: string | null | undefined;
  funds?: ActorFundsFieldInput | null | undefined;
  kind: ActorKind;
  languages?: Array<string> | null | undefined;
  location?: PointInput | null | undefined;
  memberships?: ActorMembershipsFieldInput | null | undefined;
  municipality?: ActorMunicipalityFieldInput | null | undefined;
  name: string;
  offers?: ActorOffersFieldInput | null | undefined;
  phone?: string | null | undefined;
  postcode?: string | null | undefined;
  reportedNeeds?: ActorReportedNeedsFieldInput | null | undefined;
  serves?: ActorServesFieldInput | null | undefined;
  source?: string | null | undefined;
  website?: string | null | undefined;
};

export type ActorDeleteInput = {
  cooperatedWithBy?: Array<ActorCooperatedWithByDeleteFieldInput> | null | undefined;
  cooperatesWith?: Array<ActorCooperatesWithDeleteFieldInput> | null | undefined;
  coordinates?: Array<ActorCoordinatesDeleteFieldInput> | null | undefined;
  funds?: Array<ActorFundsDeleteFieldInput> | null | undefined;
  memberships?: Array<ActorMembershipsDeleteFieldInput> | null | undefined;
  municipality?: Array<ActorMunicipalityDeleteFieldInput> | null | undefined;
  offers?: Array<ActorOffersDeleteFieldInput> | null | undefined;
  reportedNeeds?: Array<ActorReportedNeedsDeleteFieldInput> | null | undefined;
  serves?: Array<ActorServesDeleteFieldInput> | null | undefined;
};

export type ActorDisconnectInput = {
  cooperatedWithBy?: Array<ActorCooperatedWithByDisconnectFieldInput> | null | undefined;
  cooperatesWith?: Array<ActorCooperatesWithDisconnectFieldInput> | null | undefined;
  coordinates?: Array<ActorCoordinatesDisconnectFieldInput> | null | undefined;
  funds?: Array<ActorFundsDisconnectFieldInput> | null | undefined;
  memberships?: Array<ActorMembershipsDisconnectFieldInput> | null | undefined;
  municipality?: Array<ActorMunicipalityDisconnectFieldInput> | null | undefined;
  offers?: Array<ActorOffersDisconnectFieldInput> | null | undefined;
  reportedNeeds?: Array<ActorReportedNeedsDisconnectFieldInput> | null | undefined;
  serves?: Array<ActorServesDisconnectFieldInput> | null | undefined;
};

export type ActorFundsConnectFieldInput = {
  connect?: Array<OfferConnectInput> | null | undefined;
  where?: OfferConnectWhere | null | undefined;
};

export type ActorFundsConnectionAggregateInput = {
  AND?: Array<ActorFundsConnectionAggregateInput> | null | undefined;
  NOT?: ActorFundsConnectionAggregateInput | null | undefined;
  OR?: Array<ActorFundsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: ActorFundsNodeAggregationWhereInput | null | undefined;
};

export type ActorFundsConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorFundsConnections */
  aggregate?: ActorFundsConnectionAggregateInput | null | undefined;
  /** Return Actors where all of the related ActorFundsConnections match this filter */
  all?: ActorFundsConnectionWhere | null | undefined;
  /** Return Actors where none of the related ActorFundsConnections match this filter */
  none?: ActorFundsConnectionWhere | null | undefined;
  /** Return Actors where one of the related ActorFundsConnections match this filter */
  single?: ActorFundsConnectionWhere | null | undefined;
  /** Return Actors where some of the related ActorFundsConnections match this filter */
  some?: ActorFundsConnectionWhere | null | undefined;
};

export type ActorFundsConnectionWhere = {
  AND?: Array<ActorFundsConnectionWhere> | null | undefined;
  NOT?: ActorFundsConnectionWhere | null | undefined;
  OR?: Array<ActorFundsConnectionWhere> | null | undefined;
  node?: OfferWhere | null | undefined;
};

export type ActorFundsCreateFieldInput = {
  node: OfferCreateInput;
};

export type ActorFundsDeleteFieldInput = {
  delete?: OfferDeleteInput | null | undefined;
  where?: ActorFundsConnectionWhere | null | undefined;
};

export type ActorFundsDisconnectFieldInput = {
  disconnect?: OfferDisconnectInput | null | undefined;
  where?: ActorFundsConnectionWhere | null | undefined;
};

export type ActorFundsFieldInput = {
  connect?: Array<ActorFundsConnectFieldInput> | null | undefined;
  create?: Array<ActorFundsCreateFieldInput> | null | undefined;
};

export type ActorFundsNodeAggregationWhereInput = {
  AND?: Array<ActorFundsNodeAggregationWhereInput> | null | undefined;
  NOT?: ActorFundsNodeAggregationWhereInput | null | undefined;
  OR?: Array<ActorFundsNodeAggregationWhereInput> | null | undefined;
  booked?: IntScalarAggregationFilters | null | undefined;
  capacity?: IntScalarAggregationFilters | null | undefined;
  cost?: FloatScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  externalId?: StringScalarAggregationFilters | null | undefined;
  hoursTotal?: IntScalarAggregationFilters | null | undefined;
  minGroupSize?: IntScalarAggregationFilters | null | undefined;
  schedule?: StringScalarAggregationFilters | null | undefined;
  source?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  waitlist?: IntScalarAggregationFilters | null | undefined;
};

export type ActorFundsUpdateConnectionInput = {
  node?: OfferUpdateInput | null | undefined;
  where?: ActorFundsConnectionWhere | null | undefined;
};

export type ActorFundsUpdateFieldInput = {
  connect?: Array<ActorFundsConnectFieldInput> | null | undefined;
  create?: Array<ActorFundsCreateFieldInput> | null | undefined;
  delete?: Array<ActorFundsDeleteFieldInput> | null | undefined;
  disconnect?: Array<ActorFundsDisconnectFieldInput> | null | undefined;
  update?: ActorFundsUpdateConnectionInput | null | undefined;
};

export type ActorKind =
  | 'ADULT_EDUCATION_CENTRE'
  | 'ASSOCIATION'
  | 'CHAMBER'
  | 'CHURCH'
  | 'COUNSELLING_SERVICE'
  | 'COUNTY_OFFICE'
  | 'COURSE_PROVIDER'
  | 'DAYCARE'
  | 'EMPLOYER'
  | 'EMPLOYMENT_AGENCY'
  | 'FOUNDATION'
  | 'JOBCENTER'
  | 'MIGRANT_ORGANISATION'
  | 'MUNICIPAL_ADMINISTRATION'
  | 'OTHER'
  | 'SCHOOL'
  | 'VOCATIONAL_SCHOOL'
  | 'VOLUNTEER_INITIATIVE'
  | 'WELFARE_ASSOCIATION';

/** ActorKind filters */
export type ActorKindEnumScalarFilters = {
  eq?: ActorKind | null | undefined;
  in?: Array<ActorKind> | null | undefined;
};

/** ActorKind mutations */
export type ActorKindEnumScalarMutations = {
  set?: ActorKind | null | undefined;
};

export type ActorMembershipsConnectFieldInput = {
  connect?: Array<NetworkConnectInput> | null | undefined;
  where?: NetworkConnectWhere | null | undefined;
};

export type ActorMembershipsConnectionAggregateInput = {
  AND?: Array<ActorMembershipsConnectionAggregateInput> | null | undefined;
  NOT?: ActorMembershipsConnectionAggregateInput | null | undefined;
  OR?: Array<ActorMembershipsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: ActorMembershipsNodeAggregationWhereInput | null | undefined;
};

export type ActorMembershipsConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorMembershipsConnections */
  aggregate?: ActorMembershipsConnectionAggregateInput | null | undefined;
  /** Return Actors where all of the related ActorMembershipsConnections match this filter */
  all?: ActorMembershipsConnectionWhere | null | undefined;
  /** Return Actors where none of the related ActorMembershipsConnections match this filter */
  none?: ActorMembershipsConnectionWhere | null | undefined;
  /** Return Actors where one of the related ActorMembershipsConnections match this filter */
  single?: ActorMembershipsConnectionWhere | null | undefined;
  /** Return Actors where some of the related ActorMembershipsConnections match this filter */
  some?: ActorMembershipsConnectionWhere | null | undefined;
};

export type ActorMembershipsConnectionWhere = {
  AND?: Array<ActorMembershipsConnectionWhere> | null | undefined;
  NOT?: ActorMembershipsConnectionWhere | null | undefined;
  OR?: Array<ActorMembershipsConnectionWhere> | null | undefined;
  node?: NetworkWhere | null | undefined;
};

export type ActorMembershipsCreateFieldInput = {
  node: NetworkCreateInput;
};

export type ActorMembershipsDeleteFieldInput = {
  delete?: NetworkDeleteInput | null | undefined;
  where?: ActorMembershipsConnectionWhere | null | undefined;
};

export type ActorMembershipsDisconnectFieldInput = {
  disconnect?: NetworkDisconnectInput | null | undefined;
  where?: ActorMembershipsConnectionWhere | null | undefined;
};

export type ActorMembershipsFieldInput = {
  connect?: Array<ActorMembershipsConnectFieldInput> | null | undefined;
  create?: Array<ActorMembershipsCreateFieldInput> | null | undefined;
};

export type ActorMembershipsNodeAggregationWhereInput = {
  AND?: Array<ActorMembershipsNodeAggregationWhereInput> | null | undefined;
  NOT?: ActorMembershipsNodeAggregationWhereInput | null | undefined;
  OR?: Array<ActorMembershipsNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type ActorMembershipsUpdateConnectionInput = {
  node?: NetworkUpdateInput | null | undefined;
  where?: ActorMembershipsConnectionWhere | null | undefined;
};

export type ActorMembershipsUpdateFieldInput = {
  connect?: Array<ActorMembershipsConnectFieldInput> | null | undefined;
  create?: Array<ActorMembershipsCreateFieldInput> | null | undefined;
  delete?: Array<ActorMembershipsDeleteFieldInput> | null | undefined;
  disconnect?: Array<ActorMembershipsDisconnectFieldInput> | null | undefined;
  update?: ActorMembershipsUpdateConnectionInput | null | undefined;
};

export type ActorMunicipalityConnectFieldInput = {
  connect?: Array<MunicipalityConnectInput> | null | undefined;
  where?: MunicipalityConnectWhere | null | undefined;
};

export type ActorMunicipalityConnectionAggregateInput = {
  AND?: Array<ActorMunicipalityConnectionAggregateInput> | null | undefined;
  NOT?: ActorMunicipalityConnectionAggregateInput | null | undefined;
  OR?: Array<ActorMunicipalityConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: ActorMunicipalityNodeAggregationWhereInput | null | undefined;
};

export type ActorMunicipalityConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorMunicipalityConnections */
  aggregate?: ActorMunicipalityConnectionAggregateInput | null | undefined;
  /** Return Actors where all of the related ActorMunicipalityConnections match this filter */
  all?: ActorMunicipalityConnectionWhere | null | undefined;
  /** Return Actors where none of the related ActorMunicipalityConnections match this filter */
  none?: ActorMunicipalityConnectionWhere | null | undefined;
  /** Return Actors where one of the related ActorMunicipalityConnections match this filter */
  single?: ActorMunicipalityConnectionWhere | null | undefined;
  /** Return Actors where some of the related ActorMunicipalityConnections match this filter */
  some?: ActorMunicipalityConnectionWhere | null | undefined;
};

export type ActorMunicipalityConnectionWhere = {
  AND?: Array<ActorMunicipalityConnectionWhere> | null | undefined;
  NOT?: ActorMunicipalityConnectionWhere | null | undefined;
  OR?: Array<ActorMunicipalityConnectionWhere> | null | undefined;
  node?: MunicipalityWhere | null | undefined;
};

export type ActorMunicipalityCreateFieldInput = {
  node: MunicipalityCreateInput;
};

export type ActorMunicipalityDeleteFieldInput = {
  delete?: MunicipalityDeleteInput | null | undefined;
  where?: ActorMunicipalityConnectionWhere | null | undefined;
};

export type ActorMunicipalityDisconnectFieldInput = {
  disconnect?: MunicipalityDisconnectInput | null | undefined;
  where?: ActorMunicipalityConnectionWhere | null | undefined;
};

export type ActorMunicipalityFieldInput = {
  connect?: Array<ActorMunicipalityConnectFieldInput> | null | undefined;
  create?: Array<ActorMunicipalityCreateFieldInput> | null | undefined;
};

export type ActorMunicipalityNodeAggregationWhereInput = {
  AND?: Array<ActorMunicipalityNodeAggregationWhereInput> | null | undefined;
  NOT?: ActorMunicipalityNodeAggregationWhereInput | null | undefined;
  OR?: Array<ActorMunicipalityNodeAggregationWhereInput> | null | undefined;
  ags?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  newcomers?: IntScalarAggregationFilters | null | undefined;
  population?: IntScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type ActorMunicipalityUpdateConnectionInput = {
  node?: MunicipalityUpdateInput | null | undefined;
  where?: ActorMunicipalityConnectionWhere | null | undefined;
};

export type ActorMunicipalityUpdateFieldInput = {
  connect?: Array<ActorMunicipalityConnectFieldInput> | null | undefined;
  create?: Array<ActorMunicipalityCreateFieldInput> | null | undefined;
  delete?: Array<ActorMunicipalityDeleteFieldInput> | null | undefined;
  disconnect?: Array<ActorMunicipalityDisconnectFieldInput> | null | undefined;
  update?: ActorMunicipalityUpdateConnectionInput | null | undefined;
};

export type ActorOffersConnectFieldInput = {
  connect?: Array<OfferConnectInput> | null | undefined;
  where?: OfferConnectWhere | null | undefined;
};

export type ActorOffersConnectionAggregateInput = {
  AND?: Array<ActorOffersConnectionAggregateInput> | null | undefined;
  NOT?: ActorOffersConnectionAggregateInput | null | undefined;
  OR?: Array<ActorOffersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: ActorOffersNodeAggregationWhereInput | null | undefined;
};

export type ActorOffersConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorOffersConnections */
  aggregate?: ActorOffersConnectionAggregateInput | null | undefined;
  /** Return Actors where all of the related ActorOffersConnections match this filter */
  all?: ActorOffersConnectionWhere | null | undefined;
  /** Return Actors where none of the related ActorOffersConnections match this filter */
  none?: ActorOffersConnectionWhere | null | undefined;
  /** Return Actors where one of the related ActorOffersConnections match this filter */
  single?: ActorOffersConnectionWhere | null | undefined;
  /** Return Actors where some of the related ActorOffersConnections match this filter */
  some?: ActorOffersConnectionWhere | null | undefined;
};

export type ActorOffersConnectionWhere = {
  AND?: Array<ActorOffersConnectionWhere> | null | undefined;
  NOT?: ActorOffersConnectionWhere | null | undefined;
  OR?: Array<ActorOffersConnectionWhere> | null | undefined;
  node?: OfferWhere | null | undefined;
};

export type ActorOffersCreateFieldInput = {
  node: OfferCreateInput;
};

export type ActorOffersDeleteFieldInput = {
  delete?: OfferDeleteInput | null | undefined;
  where?: ActorOffersConnectionWhere | null | undefined;
};

export type ActorOffersDisconnectFieldInput = {
  disconnect?: OfferDisconnectInput | null | undefined;
  where?: ActorOffersConnectionWhere | null | undefined;
};

export type ActorOffersFieldInput = {
  connect?: Array<ActorOffersConnectFieldInput> | null | undefined;
  create?: Array<ActorOffersCreateFieldInput> | null | undefined;
};

export type ActorOffersNodeAggregationWhereInput = {
  AND?: Array<ActorOffersNodeAggregationWhereInput> | null | undefined;
  NOT?: ActorOffersNodeAggregationWhereInput | null | undefined;
  OR?: Array<ActorOffersNodeAggregationWhereInput> | null | undefined;
  booked?: IntScalarAggregationFilters | null | undefined;
  capacity?: IntScalarAggregationFilters | null | undefined;
  cost?: FloatScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  externalId?: StringScalarAggregationFilters | null | undefined;
  hoursTotal?: IntScalarAggregationFilters | null | undefined;
  minGroupSize?: IntScalarAggregationFilters | null | undefined;
  schedule?: StringScalarAggregationFilters | null | undefined;
  source?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  waitlist?: IntScalarAggregationFilters | null | undefined;
};

export type ActorOffersUpdateConnectionInput = {
  node?: OfferUpdateInput | null | undefined;
  where?: ActorOffersConnectionWhere | null | undefined;
};

export type ActorOffersUpdateFieldInput = {
  connect?: Array<ActorOffersConnectFieldInput> | null | undefined;
  create?: Array<ActorOffersCreateFieldInput> | null | undefined;
  delete?: Array<ActorOffersDeleteFieldInput> | null | undefined;
  disconnect?: Array<ActorOffersDisconnectFieldInput> | null | undefined;
  update?: ActorOffersUpdateConnectionInput | null | undefined;
};

export type ActorPositionInput = {
  actorId: string | number;
  /** A finite number between -1,000,000 and 1,000,000 */
  x: number;
  /** A finite number between -1,000,000 and 1,000,000 */
  y: number;
};

export type ActorRelationshipFilters = {
  /** Filter type where all of the related Actors match this filter */
  all?: ActorWhere | null | undefined;
  /** Filter type where none of the related Actors match this filter */
  none?: ActorWhere | null | undefined;
  /** Filter type where one of the related Actors match this filter */
  single?: ActorWhere | null | undefined;
  /** Filter type where some of the related Actors match this filter */
  some?: ActorWhere | null | undefined;
};

export type ActorReportedNeedsConnectFieldInput = {
  connect?: Array<NeedConnectInput> | null | undefined;
  where?: NeedConnectWhere | null | undefined;
};

export type ActorReportedNeedsConnectionAggregateInput = {
  AND?: Array<ActorReportedNeedsConnectionAggregateInput> | null | undefined;
  NOT?: ActorReportedNeedsConnectionAggregateInput | null | undefined;
  OR?: Array<ActorReportedNeedsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: ActorReportedNeedsNodeAggregationWhereInput | null | undefined;
};

export type ActorReportedNeedsConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorReportedNeedsConnections */
  aggregate?: ActorReportedNeedsConnectionAggregateInput | null | undefined;
  /** Return Actors where all of the related ActorReportedNeedsConnections match this filter */
  all?: ActorReportedNeedsConnectionWhere | null | undefined;
  /** Return Actors where none of the related ActorReportedNeedsConnections match this filter */
  none?: ActorReportedNeedsConnectionWhere | null | undefined;
  /** Return Actors where one of the related ActorReportedNeedsConnections match this filter */
  single?: ActorReportedNeedsConnectionWhere | null | undefined;
  /** Return Actors where some of the related ActorReportedNeedsConnections match this filter */
  some?: ActorReportedNeedsConnectionWhere | null | undefined;
};

export type ActorReportedNeedsConnectionWhere = {
  AND?: Array<ActorReportedNeedsConnectionWhere> | null | undefined;
  NOT?: ActorReportedNeedsConnectionWhere | null | undefined;
  OR?: Array<ActorReportedNeedsConnectionWhere> | null | undefined;
  node?: NeedWhere | null | undefined;
};

export type ActorReportedNeedsCreateFieldInput = {
  node: NeedCreateInput;
};

export type ActorReportedNeedsDeleteFieldInput = {
  delete?: NeedDeleteInput | null | undefined;
  where?: ActorReportedNeedsConnectionWhere | null | undefined;
};

export type ActorReportedNeedsDisconnectFieldInput = {
  disconnect?: NeedDisconnectInput | null | undefined;
  where?: ActorReportedNeedsConnectionWhere | null | undefined;
};

export type ActorReportedNeedsFieldInput = {
  connect?: Array<ActorReportedNeedsConnectFieldInput> | null | undefined;
  create?: Array<ActorReportedNeedsCreateFieldInput> | null | undefined;
};

export type ActorReportedNeedsNodeAggregationWhereInput = {
  AND?: Array<ActorReportedNeedsNodeAggregationWhereInput> | null | undefined;
  NOT?: ActorReportedNeedsNodeAggregationWhereInput | null | undefined;
  OR?: Array<ActorReportedNeedsNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  note?: StringScalarAggregationFilters | null | undefined;
  persons?: IntScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type ActorReportedNeedsUpdateConnectionInput = {
  node?: NeedUpdateInput | null | undefined;
  where?: ActorReportedNeedsConnectionWhere | null | undefined;
};

export type ActorReportedNeedsUpdateFieldInput = {
  connect?: Array<ActorReportedNeedsConnectFieldInput> | null | undefined;
  create?: Array<ActorReportedNeedsCreateFieldInput> | null | undefined;
  delete?: Array<ActorReportedNeedsDeleteFieldInput> | null | undefined;
  disconnect?: Array<ActorReportedNeedsDisconnectFieldInput> | null | undefined;
  update?: ActorReportedNeedsUpdateConnectionInput | null | undefined;
};

export type ActorServesConnectFieldInput = {
  connect?: Array<MunicipalityConnectInput> | null | undefined;
  where?: MunicipalityConnectWhere | null | undefined;
};

export type ActorServesConnectionAggregateInput = {
  AND?: Array<ActorServesConnectionAggregateInput> | null | undefined;
  NOT?: ActorServesConnectionAggregateInput | null | undefined;
  OR?: Array<ActorServesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: ActorServesNodeAggregationWhereInput | null | undefined;
};

export type ActorServesConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorServesConnections */
  aggregate?: ActorServesConnectionAggregateInput | null | undefined;
  /** Return Actors where all of the related ActorServesConnections match this filter */
  all?: ActorServesConnectionWhere | null | undefined;
  /** Return Actors where none of the related ActorServesConnections match this filter */
  none?: ActorServesConnectionWhere | null | undefined;
  /** Return Actors where one of the related ActorServesConnections match this filter */
  single?: ActorServesConnectionWhere | null | undefined;
  /** Return Actors where some of the related ActorServesConnections match this filter */
  some?: ActorServesConnectionWhere | null | undefined;
};

export type ActorServesConnectionWhere = {
  AND?: Array<ActorServesConnectionWhere> | null | undefined;
  NOT?: ActorServesConnectionWhere | null | undefined;
  OR?: Array<ActorServesConnectionWhere> | null | undefined;
  node?: MunicipalityWhere | null | undefined;
};

export type ActorServesCreateFieldInput = {
  node: MunicipalityCreateInput;
};

export type ActorServesDeleteFieldInput = {
  delete?: MunicipalityDeleteInput | null | undefined;
  where?: ActorServesConnectionWhere | null | undefined;
};

export type ActorServesDisconnectFieldInput = {
  disconnect?: MunicipalityDisconnectInput | null | undefined;
  where?: ActorServesConnectionWhere | null | undefined;
};

export type ActorServesFieldInput = {
  connect?: Array<ActorServesConnectFieldInput> | null | undefined;
  create?: Array<ActorServesCreateFieldInput> | null | undefined;
};

export type ActorServesNodeAggregationWhereInput = {
  AND?: Array<ActorServesNodeAggregationWhereInput> | null | undefined;
  NOT?: ActorServesNodeAggregationWhereInput | null | undefined;
  OR?: Array<ActorServesNodeAggregationWhereInput> | null | undefined;
  ags?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  newcomers?: IntScalarAggregationFilters | null | undefined;
  population?: IntScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type ActorServesUpdateConnectionInput = {
  node?: MunicipalityUpdateInput | null | undefined;
  where?: ActorServesConnectionWhere | null | undefined;
};

export type ActorServesUpdateFieldInput = {
  connect?: Array<ActorServesConnectFieldInput> | null | undefined;
  create?: Array<ActorServesCreateFieldInput> | null | undefined;
  delete?: Array<ActorServesDeleteFieldInput> | null | undefined;
  disconnect?: Array<ActorServesDisconnectFieldInput> | null | undefined;
  update?: ActorServesUpdateConnectionInput | null | undefined;
};

export type ActorUpdateInput = {
  address?: StringScalarMutations | null | undefined;
  city?: StringScalarMutations | null | undefined;
  cooperatedWithBy?: Array<ActorCooperatedWithByUpdateFieldInput> | null | undefined;
  cooperatesWith?: Array<ActorCooperatesWithUpdateFieldInput> | null | undefined;
  coordinates?: Array<ActorCoordinatesUpdateFieldInput> | null | undefined;
  description?: StringScalarMutations | null | undefined;
  email?: StringScalarMutations | null | undefined;
  externalId?: StringScalarMutations | null | undefined;
  funds?: Array<ActorFundsUpdateFieldInput> | null | undefined;
  kind?: ActorKindEnumScalarMutations | null | undefined;
  languages?: ListStringMutations | null | undefined;
  location?: PointMutations | null | undefined;
  memberships?: Array<ActorMembershipsUpdateFieldInput> | null | undefined;
  municipality?: Array<ActorMunicipalityUpdateFieldInput> | null | undefined;
  name?: StringScalarMutations | null | undefined;
  offers?: Array<ActorOffersUpdateFieldInput> | null | undefined;
  phone?: StringScalarMutations | null | undefined;
  postcode?: StringScalarMutations | null | undefined;
  reportedNeeds?: Array<ActorReportedNeedsUpdateFieldInput> | null | undefined;
  serves?: Array<ActorServesUpdateFieldInput> | null | undefined;
  source?: StringScalarMutations | null | undefined;
  website?: StringScalarMutations | null | undefined;
};

export type ActorWhere = {
  AND?: Array<ActorWhere> | null | undefined;
  NOT?: ActorWhere | null | undefined;
  OR?: Array<ActorWhere> | null | undefined;
  address?: StringScalarFilters | null | undefined;
  city?: StringScalarFilters | null | undefined;
  cooperatedWithBy?: ActorRelationshipFilters | null | undefined;
  cooperatedWithByConnection?: ActorCooperatedWithByConnectionFilters | null | undefined;
  cooperatesWith?: ActorRelationshipFilters | null | undefined;
  cooperatesWithConnection?: ActorCooperatesWithConnectionFilters | null | undefined;
  coordinates?: NetworkRelationshipFilters | null | undefined;
  coordinatesConnection?: ActorCoordinatesConnectionFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  description?: StringScalarFilters | null | undefined;
  email?: StringScalarFilters | null | undefined;
  externalId?: StringScalarFilters | null | undefined;
  funds?: OfferRelationshipFilters | null | undefined;
  fundsConnection?: ActorFundsConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  kind?: ActorKindEnumScalarFilters | null | undefined;
  languages?: StringListFilters | null | undefined;
  location?: PointFilters | null | undefined;
  memberships?: NetworkRelationshipFilters | null | undefined;
  membershipsConnection?: ActorMembershipsConnectionFilters | null | undefined;
  municipality?: MunicipalityRelationshipFilters | null | undefined;
  municipalityConnection?: ActorMunicipalityConnectionFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  offers?: OfferRelationshipFilters | null | undefined;
  offersConnection?: ActorOffersConnectionFilters | null | undefined;
  partners?: ActorRelationshipFilters | null | undefined;
  partners_ALL?: ActorWhere | null | undefined;
  partners_NONE?: ActorWhere | null | undefined;
  partners_SINGLE?: ActorWhere | null | undefined;
  partners_SOME?: ActorWhere | null | undefined;
  phone?: StringScalarFilters | null | undefined;
  postcode?: StringScalarFilters | null | undefined;
  reportedNeeds?: NeedRelationshipFilters | null | undefined;
  reportedNeedsConnection?: ActorReportedNeedsConnectionFilters | null | undefined;
  serves?: MunicipalityRelationshipFilters | null | undefined;
  servesConnection?: ActorServesConnectionFilters | null | undefined;
  source?: StringScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
  website?: StringScalarFilters | null | undefined;
};

/** Boolean filters */
export type BooleanScalarFilters = {
  eq?: boolean | null | undefined;
};

/** Boolean mutations */
export type BooleanScalarMutations = {
  set?: boolean | null | undefined;
};

export type Cadence =
  | 'HALF_YEARLY'
  | 'IRREGULAR'
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'WEEKLY'
  | 'YEARLY';

/** Cadence filters */
export type CadenceEnumScalarFilters = {
  eq?: Cadence | null | undefined;
  in?: Array<Cadence> | null | undefined;
};

/** Cadence mutations */
export type CadenceEnumScalarMutations = {
  set?: Cadence | null | undefined;
};

/** Common European Framework of Reference for Languages */
export type CefrLevel =
  | 'A1'
  | 'A2'
  | 'B1'
  | 'B2'
  | 'C1'
  | 'C2';

/** CefrLevel filters */
export type CefrLevelEnumScalarFilters = {
  eq?: CefrLevel | null | undefined;
  in?: Array<CefrLevel> | null | undefined;
};

/** CefrLevel mutations */
export type CefrLevelEnumScalarMutations = {
  set?: CefrLevel | null | undefined;
};

/** What happened to an entity */
export type ChangeOperation =
  | 'CREATE'
  | 'DELETE'
  | 'UPDATE';

export type ConnectionAggregationCountFilterInput = {
  edges?: IntScalarFilters | null | undefined;
  nodes?: IntScalarFilters | null | undefined;
};

export type CooperationAggregationWhereInput = {
  AND?: Array<CooperationAggregationWhereInput> | null | undefined;
  NOT?: CooperationAggregationWhereInput | null | undefined;
  OR?: Array<CooperationAggregationWhereInput> | null | undefined;
  note?: StringScalarAggregationFilters | null | undefined;
  strength?: IntScalarAggregationFilters | null | undefined;
};

export type CooperationCreateInput = {
  kind: CooperationKind;
  note?: string | null | undefined;
  since?: string | null | undefined;
  strength?: number | null | undefined;
  until?: string | null | undefined;
};

export type CooperationKind =
  | 'AGREEMENT'
  | 'EXCHANGE'
  | 'FUNDING'
  | 'INFORMAL'
  | 'JOINT_OFFER'
  | 'REFERRAL';

/** CooperationKind filters */
export type CooperationKindEnumScalarFilters = {
  eq?: CooperationKind | null | undefined;
  in?: Array<CooperationKind> | null | undefined;
};

/** CooperationKind mutations */
export type CooperationKindEnumScalarMutations = {
  set?: CooperationKind | null | undefined;
};

export type CooperationUpdateInput = {
  kind?: CooperationKindEnumScalarMutations | null | undefined;
  note?: StringScalarMutations | null | undefined;
  since?: DateScalarMutations | null | undefined;
  strength?: IntScalarMutations | null | undefined;
  until?: DateScalarMutations | null | undefined;
};

export type CooperationWhere = {
  AND?: Array<CooperationWhere> | null | undefined;
  NOT?: CooperationWhere | null | undefined;
  OR?: Array<CooperationWhere> | null | undefined;
  kind?: CooperationKindEnumScalarFilters | null | undefined;
  note?: StringScalarFilters | null | undefined;
  since?: DateScalarFilters | null | undefined;
  strength?: IntScalarFilters | null | undefined;
  until?: DateScalarFilters | null | undefined;
};

/** Course types of integration courses and job-related language courses (BAMF) */
export type CourseType =
  | 'GENERAL'
  | 'INTENSIVE'
  | 'JOB_BASIC_B2'
  | 'JOB_BASIC_C1'
  | 'JOB_SPECIAL_A2'
  | 'JOB_SPECIAL_B1'
  | 'JOB_SPECIAL_PROFESSION'
  | 'LITERACY'
  | 'PARENTS'
  | 'REMEDIAL'
  | 'SECOND_SCRIPT'
  | 'WOMEN'
  | 'YOUTH';

/** CourseType filters */
export type CourseTypeEnumScalarFilters = {
  eq?: CourseType | null | undefined;
  in?: Array<CourseType> | null | undefined;
};

/** CourseType mutations */
export type CourseTypeEnumScalarMutations = {
  set?: CourseType | null | undefined;
};

/** Date filters */
export type DateScalarFilters = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
};

/** Date mutations */
export type DateScalarMutations = {
  set?: string | null | undefined;
};

/** Filters for an aggregation of an DateTime input field */
export type DateTimeScalarAggregationFilters = {
  max?: DateTimeScalarFilters | null | undefined;
  min?: DateTimeScalarFilters | null | undefined;
};

/** DateTime filters */
export type DateTimeScalarFilters = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
};

export type DecisionConnectInput = {
  meeting?: Array<DecisionMeetingConnectFieldInput> | null | undefined;
  responsible?: Array<DecisionResponsibleConnectFieldInput> | null | undefined;
};

export type DecisionConnectWhere = {
  node: DecisionWhere;
};

export type DecisionCreateInput = {
  addressesAreaAgs?: string | null | undefined;
  addressesCategory?: OfferCategory | null | undefined;
  addressesIndicator?: Indicator | null | undefined;
  dueDate?: string | null | undefined;
  meeting?: DecisionMeetingFieldInput | null | undefined;
  responsible?: DecisionResponsibleFieldInput | null | undefined;
  status: DecisionStatus;
  text: string;
};

export type DecisionDeleteInput = {
  meeting?: Array<DecisionMeetingDeleteFieldInput> | null | undefined;
  responsible?: Array<DecisionResponsibleDeleteFieldInput> | null | undefined;
};

export type DecisionDisconnectInput = {
  meeting?: Array<DecisionMeetingDisconnectFieldInput> | null | undefined;
  responsible?: Array<DecisionResponsibleDisconnectFieldInput> | null | undefined;
};

export type DecisionEffectKind =
  /** It moved away from its target */
  | 'AWAY_FROM_TARGET'
  /** The decision names no area, category and indicator */
  | 'NOT_ADDRESSED'
  /** Before or after has no value */
  | 'NOT_MEASURABLE'
  /** The span after the due date has not passed yet (or there is no due date) */
  | 'PENDING'
  /** The indicator moved toward its target */
  | 'TOWARD_TARGET'
  | 'UNCHANGED';

export type DecisionMeetingConnectFieldInput = {
  connect?: Array<MeetingConnectInput> | null | undefined;
  where?: MeetingConnectWhere | null | undefined;
};

export type DecisionMeetingConnectionAggregateInput = {
  AND?: Array<DecisionMeetingConnectionAggregateInput> | null | undefined;
  NOT?: DecisionMeetingConnectionAggregateInput | null | undefined;
  OR?: Array<DecisionMeetingConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DecisionMeetingNodeAggregationWhereInput | null | undefined;
};

export type DecisionMeetingConnectionFilters = {
  /** Filter Decisions by aggregating results on related DecisionMeetingConnections */
  aggregate?: DecisionMeetingConnectionAggregateInput | null | undefined;
  /** Return Decisions where all of the related DecisionMeetingConnections match this filter */
  all?: DecisionMeetingConnectionWhere | null | undefined;
  /** Return Decisions where none of the related DecisionMeetingConnections match this filter */
  none?: DecisionMeetingConnectionWhere | null | undefined;
  /** Return Decisions where one of the related DecisionMeetingConnections match this filter */
  single?: DecisionMeetingConnectionWhere | null | undefined;
  /** Return Decisions where some of the related DecisionMeetingConnections match this filter */
  some?: DecisionMeetingConnectionWhere | null | undefined;
};

export type DecisionMeetingConnectionWhere = {
  AND?: Array<DecisionMeetingConnectionWhere> | null | undefined;
  NOT?: DecisionMeetingConnectionWhere | null | undefined;
  OR?: Array<DecisionMeetingConnectionWhere> | null | undefined;
  node?: MeetingWhere | null | undefined;
};

export type DecisionMeetingCreateFieldInput = {
  node: MeetingCreateInput;
};

export type DecisionMeetingDeleteFieldInput = {
  delete?: MeetingDeleteInput | null | undefined;
  where?: DecisionMeetingConnectionWhere | null | undefined;
};

export type DecisionMeetingDisconnectFieldInput = {
  disconnect?: MeetingDisconnectInput | null | undefined;
  where?: DecisionMeetingConnectionWhere | null | undefined;
};

export type DecisionMeetingFieldInput = {
  connect?: Array<DecisionMeetingConnectFieldInput> | null | undefined;
  create?: Array<DecisionMeetingCreateFieldInput> | null | undefined;
};

export type DecisionMeetingNodeAggregationWhereInput = {
  AND?: Array<DecisionMeetingNodeAggregationWhereInput> | null | undefined;
  NOT?: DecisionMeetingNodeAggregationWhereInput | null | undefined;
  OR?: Array<DecisionMeetingNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  place?: StringScalarAggregationFilters | null | undefined;
  topic?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type DecisionMeetingUpdateConnectionInput = {
  node?: MeetingUpdateInput | null | undefined;
  where?: DecisionMeetingConnectionWhere | null | undefined;
};

export type DecisionMeetingUpdateFieldInput = {
  connect?: Array<DecisionMeetingConnectFieldInput> | null | undefined;
  create?: Array<DecisionMeetingCreateFieldInput> | null | undefined;
  delete?: Array<DecisionMeetingDeleteFieldInput> | null | undefined;
  disconnect?: Array<DecisionMeetingDisconnectFieldInput> | null | undefined;
  update?: DecisionMeetingUpdateConnectionInput | null | undefined;
};

export type DecisionRelationshipFilters = {
  /** Filter type where all of the related Decisions match this filter */
  all?: DecisionWhere | null | undefined;
  /** Filter type where none of the related Decisions match this filter */
  none?: DecisionWhere | null | undefined;
  /** Filter type where one of the related Decisions match this filter */
  single?: DecisionWhere | null | undefined;
  /** Filter type where some of the related Decisions match this filter */
  some?: DecisionWhere | null | undefined;
};

export type DecisionResponsibleConnectFieldInput = {
  connect?: Array<ActorConnectInput> | null | undefined;
  where?: ActorConnectWhere | null | undefined;
};

export type DecisionResponsibleConnectionAggregateInput = {
  AND?: Array<DecisionResponsibleConnectionAggregateInput> | null | undefined;
  NOT?: DecisionResponsibleConnectionAggregateInput | null | undefined;
  OR?: Array<DecisionResponsibleConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DecisionResponsibleNodeAggregationWhereInput | null | undefined;
};

export type DecisionResponsibleConnectionFilters = {
  /** Filter Decisions by aggregating results on related DecisionResponsibleConnections */
  aggregate?: DecisionResponsibleConnectionAggregateInput | null | undefined;
  /** Return Decisions where all of the related DecisionResponsibleConnections match this filter */
  all?: DecisionResponsibleConnectionWhere | null | undefined;
  /** Return Decisions where none of the related DecisionResponsibleConnections match this filter */
  none?: DecisionResponsibleConnectionWhere | null | undefined;
  /** Return Decisions where one of the related DecisionResponsibleConnections match this filter */
  single?: DecisionResponsibleConnectionWhere | null | undefined;
  /** Return Decisions where some of the related DecisionResponsibleConnections match this filter */
  some?: DecisionResponsibleConnectionWhere | null | undefined;
};

export type DecisionResponsibleConnectionWhere = {
  AND?: Array<DecisionResponsibleConnectionWhere> | null | undefined;
  NOT?: DecisionResponsibleConnectionWhere | null | undefined;
  OR?: Array<DecisionResponsibleConnectionWhere> | null | undefined;
  node?: ActorWhere | null | undefined;
};

export type DecisionResponsibleCreateFieldInput = {
  node: ActorCreateInput;
};

export type DecisionResponsibleDeleteFieldInput = {
  delete?: ActorDeleteInput | null | undefined;
  where?: DecisionResponsibleConnectionWhere | null | undefined;
};

export type DecisionResponsibleDisconnectFieldInput = {
  disconnect?: ActorDisconnectInput | null | undefined;
  where?: DecisionResponsibleConnectionWhere | null | undefined;
};

export type DecisionResponsibleFieldInput = {
  connect?: Array<DecisionResponsibleConnectFieldInput> | null | undefined;
  create?: Array<DecisionResponsibleCreateFieldInput> | null | undefined;
};

export type DecisionResponsibleNodeAggregationWhereInput = {
  AND?: Array<DecisionResponsibleNodeAggregationWhereInput> | null | undefined;
  NOT?: DecisionResponsibleNodeAggregationWhereInput | null | undefined;
  OR?: Array<DecisionResponsibleNodeAggregationWhereInput> | null | undefined;
  address?: StringScalarAggregationFilters | null | undefined;
  city?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  email?: StringScalarAggregationFilters | null | undefined;
  externalId?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  phone?: StringScalarAggregationFilters | null | undefined;
  postcode?: StringScalarAggregationFilters | null | undefined;
  source?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  website?: StringScalarAggregationFilters | null | undefined;
};

export type DecisionResponsibleUpdateConnectionInput = {
  node?: ActorUpdateInput | null | undefined;
  where?: DecisionResponsibleConnectionWhere | null | undefined;
};

export type DecisionResponsibleUpdateFieldInput = {
  connect?: Array<DecisionResponsibleConnectFieldInput> | null | undefined;
  create?: Array<DecisionResponsibleCreateFieldInput> | null | undefined;
  delete?: Array<DecisionResponsibleDeleteFieldInput> | null | undefined;
  disconnect?: Array<DecisionResponsibleDisconnectFieldInput> | null | undefined;
  update?: DecisionResponsibleUpdateConnectionInput | null | undefined;
};

export type DecisionStatus =
  | 'DONE'
  | 'DROPPED'
  | 'IN_PROGRESS'
  | 'OPEN';

/** DecisionStatus filters */
export type DecisionStatusEnumScalarFilters = {
  eq?: DecisionStatus | null | undefined;
  in?: Array<DecisionStatus> | null | undefined;
};

/** DecisionStatus mutations */
export type DecisionStatusEnumScalarMutations = {
  set?: DecisionStatus | null | undefined;
};

export type DecisionUpdateInput = {
  addressesAreaAgs?: StringScalarMutations | null | undefined;
  addressesCategory?: OfferCategoryEnumScalarMutations | null | undefined;
  addressesIndicator?: IndicatorEnumScalarMutations | null | undefined;
  dueDate?: DateScalarMutations | null | undefined;
  meeting?: Array<DecisionMeetingUpdateFieldInput> | null | undefined;
  responsible?: Array<DecisionResponsibleUpdateFieldInput> | null | undefined;
  status?: DecisionStatusEnumScalarMutations | null | undefined;
  text?: StringScalarMutations | null | undefined;
};

export type DecisionWhere = {
  AND?: Array<DecisionWhere> | null | undefined;
  NOT?: DecisionWhere | null | undefined;
  OR?: Array<DecisionWhere> | null | undefined;
  addressesAreaAgs?: StringScalarFilters | null | undefined;
  addressesCategory?: OfferCategoryEnumScalarFilters | null | undefined;
  addressesIndicator?: IndicatorEnumScalarFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  dueDate?: DateScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  meeting?: MeetingRelationshipFilters | null | undefined;
  meetingConnection?: DecisionMeetingConnectionFilters | null | undefined;
  responsible?: ActorRelationshipFilters | null | undefined;
  responsibleConnection?: DecisionResponsibleConnectionFilters | null | undefined;
  status?: DecisionStatusEnumScalarFilters | null | undefined;
  text?: StringScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

export type DistrictConnectInput = {
  municipalities?: Array<DistrictMunicipalitiesConnectFieldInput> | null | undefined;
};

export type DistrictConnectWhere = {
  node: DistrictWhere;
};

export type DistrictCreateInput = {
  ags: string;
  municipalities?: DistrictMunicipalitiesFieldInput | null | undefined;
  name: string;
  state: string;
};

export type DistrictDeleteInput = {
  municipalities?: Array<DistrictMunicipalitiesDeleteFieldInput> | null | undefined;
};

export type DistrictDisconnectInput = {
  municipalities?: Array<DistrictMunicipalitiesDisconnectFieldInput> | null | undefined;
};

export type DistrictMunicipalitiesConnectFieldInput = {
  connect?: Array<MunicipalityConnectInput> | null | undefined;
  where?: MunicipalityConnectWhere | null | undefined;
};

export type DistrictMunicipalitiesConnectionAggregateInput = {
  AND?: Array<DistrictMunicipalitiesConnectionAggregateInput> | null | undefined;
  NOT?: DistrictMunicipalitiesConnectionAggregateInput | null | undefined;
  OR?: Array<DistrictMunicipalitiesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DistrictMunicipalitiesNodeAggregationWhereInput | null | undefined;
};

export type DistrictMunicipalitiesConnectionFilters = {
  /** Filter Districts by aggregating results on related DistrictMunicipalitiesConnections */
  aggregate?: DistrictMunicipalitiesConnectionAggregateInput | null | undefined;
  /** Return Districts where all of the related DistrictMunicipalitiesConnections match this filter */
  all?: DistrictMunicipalitiesConnectionWhere | null | undefined;
  /** Return Districts where none of the related DistrictMunicipalitiesConnections match this filter */
  none?: DistrictMunicipalitiesConnectionWhere | null | undefined;
  /** Return Districts where one of the related DistrictMunicipalitiesConnections match this filter */
  single?: DistrictMunicipalitiesConnectionWhere | null | undefined;
  /** Return Districts where some of the related DistrictMunicipalitiesConnections match this filter */
  some?: DistrictMunicipalitiesConnectionWhere | null | undefined;
};

export type DistrictMunicipalitiesConnectionWhere = {
  AND?: Array<DistrictMunicipalitiesConnectionWhere> | null | undefined;
  NOT?: DistrictMunicipalitiesConnectionWhere | null | undefined;
  OR?: Array<DistrictMunicipalitiesConnectionWhere> | null | undefined;
  node?: MunicipalityWhere | null | undefined;
};

export type DistrictMunicipalitiesCreateFieldInput = {
  node: MunicipalityCreateInput;
};

export type DistrictMunicipalitiesDeleteFieldInput = {
  delete?: MunicipalityDeleteInput | null | undefined;
  where?: DistrictMunicipalitiesConnectionWhere | null | undefined;
};

export type DistrictMunicipalitiesDisconnectFieldInput = {
  disconnect?: MunicipalityDisconnectInput | null | undefined;
  where?: DistrictMunicipalitiesConnectionWhere | null | undefined;
};

export type DistrictMunicipalitiesFieldInput = {
  connect?: Array<DistrictMunicipalitiesConnectFieldInput> | null | undefined;
  create?: Array<DistrictMunicipalitiesCreateFieldInput> | null | undefined;
};

export type DistrictMunicipalitiesNodeAggregationWhereInput = {
  AND?: Array<DistrictMunicipalitiesNodeAggregationWhereInput> | null | undefined;
  NOT?: DistrictMunicipalitiesNodeAggregationWhereInput | null | undefined;
  OR?: Array<DistrictMunicipalitiesNodeAggregationWhereInput> | null | undefined;
  ags?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  newcomers?: IntScalarAggregationFilters | null | undefined;
  population?: IntScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type DistrictMunicipalitiesUpdateConnectionInput = {
  node?: MunicipalityUpdateInput | null | undefined;
  where?: DistrictMunicipalitiesConnectionWhere | null | undefined;
};

export type DistrictMunicipalitiesUpdateFieldInput = {
  connect?: Array<DistrictMunicipalitiesConnectFieldInput> | null | undefined;
  create?: Array<DistrictMunicipalitiesCreateFieldInput> | null | undefined;
  delete?: Array<DistrictMunicipalitiesDeleteFieldInput> | null | undefined;
  disconnect?: Array<DistrictMunicipalitiesDisconnectFieldInput> | null | undefined;
  update?: DistrictMunicipalitiesUpdateConnectionInput | null | undefined;
};

export type DistrictRelationshipFilters = {
  /** Filter type where all of the related Districts match this filter */
  all?: DistrictWhere | null | undefined;
  /** Filter type where none of the related Districts match this filter */
  none?: DistrictWhere | null | undefined;
  /** Filter type where one of the related Districts match this filter */
  single?: DistrictWhere | null | undefined;
  /** Filter type where some of the related Districts match this filter */
  some?: DistrictWhere | null | undefined;
};

export type DistrictUpdateInput = {
  ags?: StringScalarMutations | null | undefined;
  municipalities?: Array<DistrictMunicipalitiesUpdateFieldInput> | null | undefined;
  name?: StringScalarMutations | null | undefined;
  state?: StringScalarMutations | null | undefined;
};

export type DistrictWhere = {
  AND?: Array<DistrictWhere> | null | undefined;
  NOT?: DistrictWhere | null | undefined;
  OR?: Array<DistrictWhere> | null | undefined;
  ags?: StringScalarFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  municipalities?: MunicipalityRelationshipFilters | null | undefined;
  municipalitiesConnection?: DistrictMunicipalitiesConnectionFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  state?: StringScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

/** Filters for an aggregation of a float field */
export type FloatScalarAggregationFilters = {
  average?: FloatScalarFilters | null | undefined;
  max?: FloatScalarFilters | null | undefined;
  min?: FloatScalarFilters | null | undefined;
  sum?: FloatScalarFilters | null | undefined;
};

/** Float filters */
export type FloatScalarFilters = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
};

/** Float mutations */
export type FloatScalarMutations = {
  add?: number | null | undefined;
  divide?: number | null | undefined;
  multiply?: number | null | undefined;
  set?: number | null | undefined;
  subtract?: number | null | undefined;
};

export type GapSeverity =
  /** Unmet 50 % of demand or more */
  | 'HIGH'
  /** Unmet below 25 % of demand */
  | 'LOW'
  /** Unmet below 50 % of demand */
  | 'MEDIUM'
  /** Nothing unmet */
  | 'NONE';

/** ID filters */
export type IdScalarFilters = {
  contains?: string | number | null | undefined;
  endsWith?: string | number | null | undefined;
  eq?: string | number | null | undefined;
  in?: Array<string | number> | null | undefined;
  startsWith?: string | number | null | undefined;
};

export type Indicator =
  /** finished / started over the outcome periods ending in the month */
  | 'COMPLETION_RATE'
  /** 1 - unmet / demand */
  | 'COVERAGE'
  /** Integration courses: B1 among those who took the DTZ; job language courses: certificates / finished */
  | 'EXAM_SUCCESS_RATE'
  /** Median wait of placed persons, weeks */
  | 'MEDIAN_WAIT_WEEKS'
  /** 90th percentile wait of placed persons, weeks */
  | 'P90_WAIT_WEEKS'
  /** Placed persons waiting longer than the target plus persons with no suitable start */
  | 'PERSONS_OVER_TARGET_WAIT'
  /** The gap table's unmet persons */
  | 'UNMET_DEMAND'
  /** booked / capacity of the offers held in the area */
  | 'UTILISATION';

/** Indicator filters */
export type IndicatorEnumScalarFilters = {
  eq?: Indicator | null | undefined;
  in?: Array<Indicator> | null | undefined;
};

/** Indicator mutations */
export type IndicatorEnumScalarMutations = {
  set?: Indicator | null | undefined;
};

/** Why an indicator has no value */
export type IndicatorHiddenReason =
  /** Fewer than 5 persons: small numbers reveal people */
  | 'FEWER_THAN_5'
  /** The indicator does not apply to the category (e.g. waiting times of a language café) */
  | 'NOT_APPLICABLE'
  /** Nobody to compute it over (no places, no participants, no demand) */
  | 'NO_DATA'
  /** A past month without monitoring snapshots of the figure */
  | 'NO_SNAPSHOT';

export type IndicatorSource =
  /** The current month: computed from the live graph */
  | 'LIVE'
  /** A past month: the latest monitoring snapshots of that month */
  | 'SNAPSHOT';

/** Filters for an aggregation of an int field */
export type IntScalarAggregationFilters = {
  average?: FloatScalarFilters | null | undefined;
  max?: IntScalarFilters | null | undefined;
  min?: IntScalarFilters | null | undefined;
  sum?: IntScalarFilters | null | undefined;
};

/** Int filters */
export type IntScalarFilters = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
};

/** Int mutations */
export type IntScalarMutations = {
  add?: number | null | undefined;
  set?: number | null | undefined;
  subtract?: number | null | undefined;
};

/** Mutations for a list for String */
export type ListStringMutations = {
  pop?: number | null | undefined;
  push?: Array<string> | null | undefined;
  set?: Array<string> | null | undefined;
};

export type MeetingAttendeesConnectFieldInput = {
  connect?: Array<ActorConnectInput> | null | undefined;
  where?: ActorConnectWhere | null | undefined;
};

export type MeetingAttendeesConnectionAggregateInput = {
  AND?: Array<MeetingAttendeesConnectionAggregateInput> | null | undefined;
  NOT?: MeetingAttendeesConnectionAggregateInput | null | undefined;
  OR?: Array<MeetingAttendeesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: MeetingAttendeesNodeAggregationWhereInput | null | undefined;
};

export type MeetingAttendeesConnectionFilters = {
  /** Filter Meetings by aggregating results on related MeetingAttendeesConnections */
  aggregate?: MeetingAttendeesConnectionAggregateInput | null | undefined;
  /** Return Meetings where all of the related MeetingAttendeesConnections match this filter */
  all?: MeetingAttendeesConnectionWhere | null | undefined;
  /** Return Meetings where none of the related MeetingAttendeesConnections match this filter */
  none?: MeetingAttendeesConnectionWhere | null | undefined;
  /** Return Meetings where one of the related MeetingAttendeesConnections match this filter */
  single?: MeetingAttendeesConnectionWhere | null | undefined;
  /** Return Meetings where some of the related MeetingAttendeesConnections match this filter */
  some?: MeetingAttendeesConnectionWhere | null | undefined;
};

export type MeetingAttendeesConnectionWhere = {
  AND?: Array<MeetingAttendeesConnectionWhere> | null | undefined;
  NOT?: MeetingAttendeesConnectionWhere | null | undefined;
  OR?: Array<MeetingAttendeesConnectionWhere> | null | undefined;
  node?: ActorWhere | null | undefined;
};

export type MeetingAttendeesCreateFieldInput = {
  node: ActorCreateInput;
};

export type MeetingAttendeesDeleteFieldInput = {
  delete?: ActorDeleteInput | null | undefined;
  where?: MeetingAttendeesConnectionWhere | null | undefined;
};

export type MeetingAttendeesDisconnectFieldInput = {
  disconnect?: ActorDisconnectInput | null | undefined;
  where?: MeetingAttendeesConnectionWhere | null | undefined;
};

export type MeetingAttendeesFieldInput = {
  connect?: Array<MeetingAttendeesConnectFieldInput> | null | undefined;
  create?: Array<MeetingAttendeesCreateFieldInput> | null | undefined;
};

export type MeetingAttendeesNodeAggregationWhereInput = {
  AND?: Array<MeetingAttendeesNodeAggregationWhereInput> | null | undefined;
  NOT?: MeetingAttendeesNodeAggregationWhereInput | null | undefined;
  OR?: Array<MeetingAttendeesNodeAggregationWhereInput> | null | undefined;
  address?: StringScalarAggregationFilters | null | undefined;
  city?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  email?: StringScalarAggregationFilters | null | undefined;
  externalId?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  phone?: StringScalarAggregationFilters | null | undefined;
  postcode?: StringScalarAggregationFilters | null | undefined;
  source?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  website?: StringScalarAggregationFilters | null | undefined;
};

export type MeetingAttendeesUpdateConnectionInput = {
  node?: ActorUpdateInput | null | undefined;
  where?: MeetingAttendeesConnectionWhere | null | undefined;
};

export type MeetingAttendeesUpdateFieldInput = {
  connect?: Array<MeetingAttendeesConnectFieldInput> | null | undefined;
  create?: Array<MeetingAttendeesCreateFieldInput> | null | undefined;
  delete?: Array<MeetingAttendeesDeleteFieldInput> | null | undefined;
  disconnect?: Array<MeetingAttendeesDisconnectFieldInput> | null | undefined;
  update?: MeetingAttendeesUpdateConnectionInput | null | undefined;
};

export type MeetingConnectInput = {
  attendees?: Array<MeetingAttendeesConnectFieldInput> | null | undefined;
  decisions?: Array<MeetingDecisionsConnectFieldInput> | null | undefined;
  network?: Array<MeetingNetworkConnectFieldInput> | null | undefined;
};

export type MeetingConnectWhere = {
  node: MeetingWhere;
};

export type MeetingCreateInput = {
  attendees?: MeetingAttendeesFieldInput | null | undefined;
  date: string;
  decisions?: MeetingDecisionsFieldInput | null | undefined;
  network?: MeetingNetworkFieldInput | null | undefined;
  place?: string | null | undefined;
  topic?: string | null | undefined;
};

export type MeetingDecisionsConnectFieldInput = {
  connect?: Array<DecisionConnectInput> | null | undefined;
  where?: DecisionConnectWhere | null | undefined;
};

export type MeetingDecisionsConnectionAggregateInput = {
  AND?: Array<MeetingDecisionsConnectionAggregateInput> | null | undefined;
  NOT?: MeetingDecisionsConnectionAggregateInput | null | undefined;
  OR?: Array<MeetingDecisionsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: MeetingDecisionsNodeAggregationWhereInput | null | undefined;
};

export type MeetingDecisionsConnectionFilters = {
  /** Filter Meetings by aggregating results on related MeetingDecisionsConnections */
  aggregate?: MeetingDecisionsConnectionAggregateInput | null | undefined;
  /** Return Meetings where all of the related MeetingDecisionsConnections match this filter */
  all?: MeetingDecisionsConnectionWhere | null | undefined;
  /** Return Meetings where none of the related MeetingDecisionsConnections match this filter */
  none?: MeetingDecisionsConnectionWhere | null | undefined;
  /** Return Meetings where one of the related MeetingDecisionsConnections match this filter */
  single?: MeetingDecisionsConnectionWhere | null | undefined;
  /** Return Meetings where some of the related MeetingDecisionsConnections match this filter */
  some?: MeetingDecisionsConnectionWhere | null | undefined;
};

export type MeetingDecisionsConnectionWhere = {
  AND?: Array<MeetingDecisionsConnectionWhere> | null | undefined;
  NOT?: MeetingDecisionsConnectionWhere | null | undefined;
  OR?: Array<MeetingDecisionsConnectionWhere> | null | undefined;
  node?: DecisionWhere | null | undefined;
};

export type MeetingDecisionsCreateFieldInput = {
  node: DecisionCreateInput;
};

export type MeetingDecisionsDeleteFieldInput = {
  delete?: DecisionDeleteInput | null | undefined;
  where?: MeetingDecisionsConnectionWhere | null | undefined;
};

export type MeetingDecisionsDisconnectFieldInput = {
  disconnect?: DecisionDisconnectInput | null | undefined;
  where?: MeetingDecisionsConnectionWhere | null | undefined;
};

export type MeetingDecisionsFieldInput = {
  connect?: Array<MeetingDecisionsConnectFieldInput> | null | undefined;
  create?: Array<MeetingDecisionsCreateFieldInput> | null | undefined;
};

export type MeetingDecisionsNodeAggregationWhereInput = {
  AND?: Array<MeetingDecisionsNodeAggregationWhereInput> | null | undefined;
  NOT?: MeetingDecisionsNodeAggregationWhereInput | null | undefined;
  OR?: Array<MeetingDecisionsNodeAggregationWhereInput> | null | undefined;
  addressesAreaAgs?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  text?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type MeetingDecisionsUpdateConnectionInput = {
  node?: DecisionUpdateInput | null | undefined;
  where?: MeetingDecisionsConnectionWhere | null | undefined;
};

export type MeetingDecisionsUpdateFieldInput = {
  connect?: Array<MeetingDecisionsConnectFieldInput> | null | undefined;
  create?: Array<MeetingDecisionsCreateFieldInput> | null | undefined;
  delete?: Array<MeetingDecisionsDeleteFieldInput> | null | undefined;
  disconnect?: Array<MeetingDecisionsDisconnectFieldInput> | null | undefined;
  update?: MeetingDecisionsUpdateConnectionInput | null | undefined;
};

export type MeetingDeleteInput = {
  attendees?: Array<MeetingAttendeesDeleteFieldInput> | null | undefined;
  decisions?: Array<MeetingDecisionsDeleteFieldInput> | null | undefined;
  network?: Array<MeetingNetworkDeleteFieldInput> | null | undefined;
};

export type MeetingDisconnectInput = {
  attendees?: Array<MeetingAttendeesDisconnectFieldInput> | null | undefined;
  decisions?: Array<MeetingDecisionsDisconnectFieldInput> | null | undefined;
  network?: Array<MeetingNetworkDisconnectFieldInput> | null | undefined;
};

export type MeetingNetworkConnectFieldInput = {
  connect?: Array<NetworkConnectInput> | null | undefined;
  where?: NetworkConnectWhere | null | undefined;
};

export type MeetingNetworkConnectionAggregateInput = {
  AND?: Array<MeetingNetworkConnectionAggregateInput> | null | undefined;
  NOT?: MeetingNetworkConnectionAggregateInput | null | undefined;
  OR?: Array<MeetingNetworkConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: MeetingNetworkNodeAggregationWhereInput | null | undefined;
};

export type MeetingNetworkConnectionFilters = {
  /** Filter Meetings by aggregating results on related MeetingNetworkConnections */
  aggregate?: MeetingNetworkConnectionAggregateInput | null | undefined;
  /** Return Meetings where all of the related MeetingNetworkConnections match this filter */
  all?: MeetingNetworkConnectionWhere | null | undefined;
  /** Return Meetings where none of the related MeetingNetworkConnections match this filter */
  none?: MeetingNetworkConnectionWhere | null | undefined;
  /** Return Meetings where one of the related MeetingNetworkConnections match this filter */
  single?: MeetingNetworkConnectionWhere | null | undefined;
  /** Return Meetings where some of the related MeetingNetworkConnections match this filter */
  some?: MeetingNetworkConnectionWhere | null | undefined;
};

export type MeetingNetworkConnectionWhere = {
  AND?: Array<MeetingNetworkConnectionWhere> | null | undefined;
  NOT?: MeetingNetworkConnectionWhere | null | undefined;
  OR?: Array<MeetingNetworkConnectionWhere> | null | undefined;
  node?: NetworkWhere | null | undefined;
};

export type MeetingNetworkCreateFieldInput = {
  node: NetworkCreateInput;
};

export type MeetingNetworkDeleteFieldInput = {
  delete?: NetworkDeleteInput | null | undefined;
  where?: MeetingNetworkConnectionWhere | null | undefined;
};

export type MeetingNetworkDisconnectFieldInput = {
  disconnect?: NetworkDisconnectInput | null | undefined;
  where?: MeetingNetworkConnectionWhere | null | undefined;
};

export type MeetingNetworkFieldInput = {
  connect?: Array<MeetingNetworkConnectFieldInput> | null | undefined;
  create?: Array<MeetingNetworkCreateFieldInput> | null | undefined;
};

export type MeetingNetworkNodeAggregationWhereInput = {
  AND?: Array<MeetingNetworkNodeAggregationWhereInput> | null | undefined;
  NOT?: MeetingNetworkNodeAggregationWhereInput | null | undefined;
  OR?: Array<MeetingNetworkNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type MeetingNetworkUpdateConnectionInput = {
  node?: NetworkUpdateInput | null | undefined;
  where?: MeetingNetworkConnectionWhere | null | undefined;
};

export type MeetingNetworkUpdateFieldInput = {
  connect?: Array<MeetingNetworkConnectFieldInput> | null | undefined;
  create?: Array<MeetingNetworkCreateFieldInput> | null | undefined;
  delete?: Array<MeetingNetworkDeleteFieldInput> | null | undefined;
  disconnect?: Array<MeetingNetworkDisconnectFieldInput> | null | undefined;
  update?: MeetingNetworkUpdateConnectionInput | null | undefined;
};

export type MeetingRelationshipFilters = {
  /** Filter type where all of the related Meetings match this filter */
  all?: MeetingWhere | null | undefined;
  /** Filter type where none of the related Meetings match this filter */
  none?: MeetingWhere | null | undefined;
  /** Filter type where one of the related Meetings match this filter */
  single?: MeetingWhere | null | undefined;
  /** Filter type where some of the related Meetings match this filter */
  some?: MeetingWhere | null | undefined;
};

export type MeetingUpdateInput = {
  attendees?: Array<MeetingAttendeesUpdateFieldInput> | null | undefined;
  date?: DateScalarMutations | null | undefined;
  decisions?: Array<MeetingDecisionsUpdateFieldInput> | null | undefined;
  network?: Array<MeetingNetworkUpdateFieldInput> | null | undefined;
  place?: StringScalarMutations | null | undefined;
  topic?: StringScalarMutations | null | undefined;
};

export type MeetingWhere = {
  AND?: Array<MeetingWhere> | null | undefined;
  NOT?: MeetingWhere | null | undefined;
  OR?: Array<MeetingWhere> | null | undefined;
  attendees?: ActorRelationshipFilters | null | undefined;
  attendeesConnection?: MeetingAttendeesConnectionFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  date?: DateScalarFilters | null | undefined;
  decisions?: DecisionRelationshipFilters | null | undefined;
  decisionsConnection?: MeetingDecisionsConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  network?: NetworkRelationshipFilters | null | undefined;
  networkConnection?: MeetingNetworkConnectionFilters | null | undefined;
  place?: StringScalarFilters | null | undefined;
  topic?: StringScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

export type MonitoringAreaKind =
  | 'DISTRICT'
  | 'MUNICIPALITY'
  | 'SAMTGEMEINDE';

export type MunicipalityActorsConnectFieldInput = {
  connect?: Array<ActorConnectInput> | null | undefined;
  where?: ActorConnectWhere | null | undefined;
};

export type MunicipalityActorsConnectionAggregateInput = {
  AND?: Array<MunicipalityActorsConnectionAggregateInput> | null | undefined;
  NOT?: MunicipalityActorsConnectionAggregateInput | null | undefined;
  OR?: Array<MunicipalityActorsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: MunicipalityActorsNodeAggregationWhereInput | null | undefined;
};

export type MunicipalityActorsConnectionFilters = {
  /** Filter Municipalities by aggregating results on related MunicipalityActorsConnections */
  aggregate?: MunicipalityActorsConnectionAggregateInput | null | undefined;
  /** Return Municipalities where all of the related MunicipalityActorsConnections match this filter */
  all?: MunicipalityActorsConnectionWhere | null | undefined;
  /** Return Municipalities where none of the related MunicipalityActorsConnections match this filter */
  none?: MunicipalityActorsConnectionWhere | null | undefined;
  /** Return Municipalities where one of the related MunicipalityActorsConnections match this filter */
  single?: MunicipalityActorsConnectionWhere | null | undefined;
  /** Return Municipalities where some of the related MunicipalityActorsConnections match this filter */
  some?: MunicipalityActorsConnectionWhere | null | undefined;
};

export type MunicipalityActorsConnectionWhere = {
  AND?: Array<MunicipalityActorsConnectionWhere> | null | undefined;
  NOT?: MunicipalityActorsConnectionWhere | null | undefined;
  OR?: Array<MunicipalityActorsConnectionWhere> | null | undefined;
  node?: ActorWhere | null | undefined;
};

export type MunicipalityActorsCreateFieldInput = {
  node: ActorCreateInput;
};

export type MunicipalityActorsDeleteFieldInput = {
  delete?: ActorDeleteInput | null | undefined;
  where?: MunicipalityActorsConnectionWhere | null | undefined;
};

export type MunicipalityActorsDisconnectFieldInput = {
  disconnect?: ActorDisconnectInput | null | undefined;
  where?: MunicipalityActorsConnectionWhere | null | undefined;
};

export type MunicipalityActorsFieldInput = {
  connect?: Array<MunicipalityActorsConnectFieldInput> | null | undefined;
  create?: Array<MunicipalityActorsCreateFieldInput> | null | undefined;
};

export type MunicipalityActorsNodeAggregationWhereInput = {
  AND?: Array<MunicipalityActorsNodeAggregationWhereInput> | null | undefined;
  NOT?: MunicipalityActorsNodeAggregationWhereInput | null | undefined;
  OR?: Array<MunicipalityActorsNodeAggregationWhereInput> | null | undefined;
  address?: StringScalarAggregationFilters | null | undefined;
  city?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  email?: StringScalarAggregationFilters | null | undefined;
  externalId?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  phone?: StringScalarAggregationFilters | null | undefined;
  postcode?: StringScalarAggregationFilters | null | undefined;
  source?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  website?: StringScalarAggregationFilters | null | undefined;
};

export type MunicipalityActorsUpdateConnectionInput = {
  node?: ActorUpdateInput | null | undefined;
  where?: MunicipalityActorsConnectionWhere | null | undefined;
};

export type MunicipalityActorsUpdateFieldInput = {
  connect?: Array<MunicipalityActorsConnectFieldInput> | null | undefined;
  create?: Array<MunicipalityActorsCreateFieldInput> | null | undefined;
  delete?: Array<MunicipalityActorsDeleteFieldInput> | null | undefined;
  disconnect?: Array<MunicipalityActorsDisconnectFieldInput> | null | undefined;
  update?: MunicipalityActorsUpdateConnectionInput | null | undefined;
};

export type MunicipalityConnectInput = {
  actors?: Array<MunicipalityActorsConnectFieldInput> | null | undefined;
  district?: Array<MunicipalityDistrictConnectFieldInput> | null | undefined;
  memberOf?: Array<MunicipalityMemberOfConnectFieldInput> | null | undefined;
  members?: Array<MunicipalityMembersConnectFieldInput> | null | undefined;
  needs?: Array<MunicipalityNeedsConnectFieldInput> | null | undefined;
  offers?: Array<MunicipalityOffersConnectFieldInput> | null | undefined;
  servedBy?: Array<MunicipalityServedByConnectFieldInput> | null | undefined;
};

export type MunicipalityConnectWhere = {
  node: MunicipalityWhere;
};

export type MunicipalityCreateInput = {
  actors?: MunicipalityActorsFieldInput | null | undefined;
  ags: string;
  district?: MunicipalityDistrictFieldInput | null | undefined;
  kind: MunicipalityKind;
  location?: PointInput | null | undefined;
  memberOf?: MunicipalityMemberOfFieldInput | null | undefined;
  members?: MunicipalityMembersFieldInput | null | undefined;
  name: string;
  needs?: MunicipalityNeedsFieldInput | null | undefined;
  newcomers?: number | null | undefined;
  offers?: MunicipalityOffersFieldInput | null | undefined;
  population?: number | null | undefined;
  populationEstimated?: boolean | null | undefined;
  servedBy?: MunicipalityServedByFieldInput | null | undefined;
};

export type MunicipalityDeleteInput = {
  actors?: Array<MunicipalityActorsDeleteFieldInput> | null | undefined;
  district?: Array<MunicipalityDistrictDeleteFieldInput> | null | undefined;
  memberOf?: Array<MunicipalityMemberOfDeleteFieldInput> | null | undefined;
  members?: Array<MunicipalityMembersDeleteFieldInput> | null | undefined;
  needs?: Array<MunicipalityNeedsDeleteFieldInput> | null | undefined;
  offers?: Array<MunicipalityOffersDeleteFieldInput> | null | undefined;
  servedBy?: Array<MunicipalityServedByDeleteFieldInput> | null | undefined;
};

export type MunicipalityDisconnectInput = {
  actors?: Array<MunicipalityActorsDisconnectFieldInput> | null | undefined;
  district?: Array<MunicipalityDistrictDisconnectFieldInput> | null | undefined;
  memberOf?: Array<MunicipalityMemberOfDisconnectFieldInput> | null | undefined;
  members?: Array<MunicipalityMembersDisconnectFieldInput> | null | undefined;
  needs?: Array<MunicipalityNeedsDisconnectFieldInput> | null | undefined;
  offers?: Array<MunicipalityOffersDisconnectFieldInput> | null | undefined;
  servedBy?: Array<MunicipalityServedByDisconnectFieldInput> | null | undefined;
};

export type MunicipalityDistrictConnectFieldInput = {
  connect?: Array<DistrictConnectInput> | null | undefined;
  where?: DistrictConnectWhere | null | undefined;
};

export type MunicipalityDistrictConnectionAggregateInput = {
  AND?: Array<MunicipalityDistrictConnectionAggregateInput> | null | undefined;
  NOT?: MunicipalityDistrictConnectionAggregateInput | null | undefined;
  OR?: Array<MunicipalityDistrictConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: MunicipalityDistrictNodeAggregationWhereInput | null | undefined;
};

export type MunicipalityDistrictConnectionFilters = {
  /** Filter Municipalities by aggregating results on related MunicipalityDistrictConnections */
  aggregate?: MunicipalityDistrictConnectionAggregateInput | null | undefined;
  /** Return Municipalities where all of the related MunicipalityDistrictConnections match this filter */
  all?: MunicipalityDistrictConnectionWhere | null | undefined;
  /** Return Municipalities where none of the related MunicipalityDistrictConnections match this filter */
  none?: MunicipalityDistrictConnectionWhere | null | undefined;
  /** Return Municipalities where one of the related MunicipalityDistrictConnections match this filter */
  single?: MunicipalityDistrictConnectionWhere | null | undefined;
  /** Return Municipalities where some of the related MunicipalityDistrictConnections match this filter */
  some?: MunicipalityDistrictConnectionWhere | null | undefined;
};

export type MunicipalityDistrictConnectionWhere = {
  AND?: Array<MunicipalityDistrictConnectionWhere> | null | undefined;
  NOT?: MunicipalityDistrictConnectionWhere | null | undefined;
  OR?: Array<MunicipalityDistrictConnectionWhere> | null | undefined;
  node?: DistrictWhere | null | undefined;
};

export type MunicipalityDistrictCreateFieldInput = {
  node: DistrictCreateInput;
};

export type MunicipalityDistrictDeleteFieldInput = {
  delete?: DistrictDeleteInput | null | undefined;
  where?: MunicipalityDistrictConnectionWhere | null | undefined;
};

export type MunicipalityDistrictDisconnectFieldInput = {
  disconnect?: DistrictDisconnectInput | null | undefined;
  where?: MunicipalityDistrictConnectionWhere | null | undefined;
};

export type MunicipalityDistrictFieldInput = {
  connect?: Array<MunicipalityDistrictConnectFieldInput> | null | undefined;
  create?: Array<MunicipalityDistrictCreateFieldInput> | null | undefined;
};

export type MunicipalityDistrictNodeAggregationWhereInput = {
  AND?: Array<MunicipalityDistrictNodeAggregationWhereInput> | null | undefined;
  NOT?: MunicipalityDistrictNodeAggregationWhereInput | null | undefined;
  OR?: Array<MunicipalityDistrictNodeAggregationWhereInput> | null | undefined;
  ags?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  state?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type MunicipalityDistrictUpdateConnectionInput = {
  node?: DistrictUpdateInput | null | undefined;
  where?: MunicipalityDistrictConnectionWhere | null | undefined;
};

export type MunicipalityDistrictUpdateFieldInput = {
  connect?: Array<MunicipalityDistrictConnectFieldInput> | null | undefined;
  create?: Array<MunicipalityDistrictCreateFieldInput> | null | undefined;
  delete?: Array<MunicipalityDistrictDeleteFieldInput> | null | undefined;
  disconnect?: Array<MunicipalityDistrictDisconnectFieldInput> | null | undefined;
  update?: MunicipalityDistrictUpdateConnectionInput | null | undefined;
};

export type MunicipalityKind =
  | 'CITY'
  /** Samtgemeinde: a union of member municipalities */
  | 'COLLECTIVE'
  /** Flecken */
  | 'MARKET_TOWN'
  | 'MUNICIPALITY';

/** MunicipalityKind filters */
export type MunicipalityKindEnumScalarFilters = {
  eq?: MunicipalityKind | null | undefined;
  in?: Array<MunicipalityKind> | null | undefined;
};

/** MunicipalityKind mutations */
export type MunicipalityKindEnumScalarMutations = {
  set?: MunicipalityKind | null | undefined;
};

export type MunicipalityMemberOfConnectFieldInput = {
  connect?: Array<MunicipalityConnectInput> | null | undefined;
  where?: MunicipalityConnectWhere | null | undefined;
};

export type MunicipalityMemberOfConnectionAggregateInput = {
  AND?: Array<MunicipalityMemberOfConnectionAggregateInput> | null | undefined;
  NOT?: MunicipalityMemberOfConnectionAggregateInput | null | undefined;
  OR?: Array<MunicipalityMemberOfConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: MunicipalityMemberOfNodeAggregationWhereInput | null | undefined;
};

export type MunicipalityMemberOfConnectionFilters = {
  /** Filter Municipalities by aggregating results on related MunicipalityMemberOfConnections */
  aggregate?: MunicipalityMemberOfConnectionAggregateInput | null | undefined;
  /** Return Municipalities where all of the related MunicipalityMemberOfConnections match this filter */
  all?: MunicipalityMemberOfConnectionWhere | null | undefined;
  /** Return Municipalities where none of the related MunicipalityMemberOfConnections match this filter */
  none?: MunicipalityMemberOfConnectionWhere | null | undefined;
  /** Return Municipalities where one of the related MunicipalityMemberOfConnections match this filter */
  single?: MunicipalityMemberOfConnectionWhere | null | undefined;
  /** Return Municipalities where some of the related MunicipalityMemberOfConnections match this filter */
  some?: MunicipalityMemberOfConnectionWhere | null | undefined;
};

export type MunicipalityMemberOfConnectionWhere = {
  AND?: Array<MunicipalityMemberOfConnectionWhere> | null | undefined;
  NOT?: MunicipalityMemberOfConnectionWhere | null | undefined;
  OR?: Array<MunicipalityMemberOfConnectionWhere> | null | undefined;
  node?: MunicipalityWhere | null | undefined;
};

export type MunicipalityMemberOfCreateFieldInput = {
  node: MunicipalityCreateInput;
};

export type MunicipalityMemberOfDeleteFieldInput = {
  delete?: MunicipalityDeleteInput | null | undefined;
  where?: MunicipalityMemberOfConnectionWhere | null | undefined;
};

export type MunicipalityMemberOfDisconnectFieldInput = {
  disconnect?: MunicipalityDisconnectInput | null | undefined;
  where?: MunicipalityMemberOfConnectionWhere | null | undefined;
};

export type MunicipalityMemberOfFieldInput = {
  connect?: Array<MunicipalityMemberOfConnectFieldInput> | null | undefined;
  create?: Array<MunicipalityMemberOfCreateFieldInput> | null | undefined;
};

export type MunicipalityMemberOfNodeAggregationWhereInput = {
  AND?: Array<MunicipalityMemberOfNodeAggregationWhereInput> | null | undefined;
  NOT?: MunicipalityMemberOfNodeAggregationWhereInput | null | undefined;
  OR?: Array<MunicipalityMemberOfNodeAggregationWhereInput> | null | undefined;
  ags?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  newcomers?: IntScalarAggregationFilters | null | undefined;
  population?: IntScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type MunicipalityMemberOfUpdateConnectionInput = {
  node?: MunicipalityUpdateInput | null | undefined;
  where?: MunicipalityMemberOfConnectionWhere | null | undefined;
};

export type MunicipalityMemberOfUpdateFieldInput = {
  connect?: Array<MunicipalityMemberOfConnectFieldInput> | null | undefined;
  create?: Array<MunicipalityMemberOfCreateFieldInput> | null | undefined;
  delete?: Array<MunicipalityMemberOfDeleteFieldInput> | null | undefined;
  disconnect?: Array<MunicipalityMemberOfDisconnectFieldInput> | null | undefined;
  update?: MunicipalityMemberOfUpdateConnectionInput | null | undefined;
};

export type MunicipalityMembersConnectFieldInput = {
  connect?: Array<MunicipalityConnectInput> | null | undefined;
  where?: MunicipalityConnectWhere | null | undefined;
};

export type MunicipalityMembersConnectionAggregateInput = {
  AND?: Array<MunicipalityMembersConnectionAggregateInput> | null | undefined;
  NOT?: MunicipalityMembersConnectionAggregateInput | null | undefined;
  OR?: Array<MunicipalityMembersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: MunicipalityMembersNodeAggregationWhereInput | null | undefined;
};

export type MunicipalityMembersConnectionFilters = {
  /** Filter Municipalities by aggregating results on related MunicipalityMembersConnections */
  aggregate?: MunicipalityMembersConnectionAggregateInput | null | undefined;
  /** Return Municipalities where all of the related MunicipalityMembersConnections match this filter */
  all?: MunicipalityMembersConnectionWhere | null | undefined;
  /** Return Municipalities where none of the related MunicipalityMembersConnections match this filter */
  none?: MunicipalityMembersConnectionWhere | null | undefined;
  /** Return Municipalities where one of the related MunicipalityMembersConnections match this filter */
  single?: MunicipalityMembersConnectionWhere | null | undefined;
  /** Return Municipalities where some of the related MunicipalityMembersConnections match this filter */
  some?: MunicipalityMembersConnectionWhere | null | undefined;
};

export type MunicipalityMembersConnectionWhere = {
  AND?: Array<MunicipalityMembersConnectionWhere> | null | undefined;
  NOT?: MunicipalityMembersConnectionWhere | null | undefined;
  OR?: Array<MunicipalityMembersConnectionWhere> | null | undefined;
  node?: MunicipalityWhere | null | undefined;
};

export type MunicipalityMembersCreateFieldInput = {
  node: MunicipalityCreateInput;
};

export type MunicipalityMembersDeleteFieldInput = {
  delete?: MunicipalityDeleteInput | null | undefined;
  where?: MunicipalityMembersConnectionWhere | null | undefined;
};

export type MunicipalityMembersDisconnectFieldInput = {
  disconnect?: MunicipalityDisconnectInput | null | undefined;
  where?: MunicipalityMembersConnectionWhere | null | undefined;
};

export type MunicipalityMembersFieldInput = {
  connect?: Array<MunicipalityMembersConnectFieldInput> | null | undefined;
  create?: Array<MunicipalityMembersCreateFieldInput> | null | undefined;
};

export type MunicipalityMembersNodeAggregationWhereInput = {
  AND?: Array<MunicipalityMembersNodeAggregationWhereInput> | null | undefined;
  NOT?: MunicipalityMembersNodeAggregationWhereInput | null | undefined;
  OR?: Array<MunicipalityMembersNodeAggregationWhereInput> | null | undefined;
  ags?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  newcomers?: IntScalarAggregationFilters | null | undefined;
  population?: IntScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type MunicipalityMembersUpdateConnectionInput = {
  node?: MunicipalityUpdateInput | null | undefined;
  where?: MunicipalityMembersConnectionWhere | null | undefined;
};

export type MunicipalityMembersUpdateFieldInput = {
  connect?: Array<MunicipalityMembersConnectFieldInput> | null | undefined;
  create?: Array<MunicipalityMembersCreateFieldInput> | null | undefined;
  delete?: Array<MunicipalityMembersDeleteFieldInput> | null | undefined;
  disconnect?: Array<MunicipalityMembersDisconnectFieldInput> | null | undefined;
  update?: MunicipalityMembersUpdateConnectionInput | null | undefined;
};

export type MunicipalityNeedsConnectFieldInput = {
  connect?: Array<NeedConnectInput> | null | undefined;
  where?: NeedConnectWhere | null | undefined;
};

export type MunicipalityNeedsConnectionAggregateInput = {
  AND?: Array<MunicipalityNeedsConnectionAggregateInput> | null | undefined;
  NOT?: MunicipalityNeedsConnectionAggregateInput | null | undefined;
  OR?: Array<MunicipalityNeedsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: MunicipalityNeedsNodeAggregationWhereInput | null | undefined;
};

export type MunicipalityNeedsConnectionFilters = {
  /** Filter Municipalities by aggregating results on related MunicipalityNeedsConnections */
  aggregate?: MunicipalityNeedsConnectionAggregateInput | null | undefined;
  /** Return Municipalities where all of the related MunicipalityNeedsConnections match this filter */
  all?: MunicipalityNeedsConnectionWhere | null | undefined;
  /** Return Municipalities where none of the related MunicipalityNeedsConnections match this filter */
  none?: MunicipalityNeedsConnectionWhere | null | undefined;
  /** Return Municipalities where one of the related MunicipalityNeedsConnections match this filter */
  single?: MunicipalityNeedsConnectionWhere | null | undefined;
  /** Return Municipalities where some of the related MunicipalityNeedsConnections match this filter */
  some?: MunicipalityNeedsConnectionWhere | null | undefined;
};

export type MunicipalityNeedsConnectionWhere = {
  AND?: Array<MunicipalityNeedsConnectionWhere> | null | undefined;
  NOT?: MunicipalityNeedsConnectionWhere | null | undefined;
  OR?: Array<MunicipalityNeedsConnectionWhere> | null | undefined;
  node?: NeedWhere | null | undefined;
};

export type MunicipalityNeedsCreateFieldInput = {
  node: NeedCreateInput;
};

export type MunicipalityNeedsDeleteFieldInput = {
  delete?: NeedDeleteInput | null | undefined;
  where?: MunicipalityNeedsConnectionWhere | null | undefined;
};

export type MunicipalityNeedsDisconnectFieldInput = {
  disconnect?: NeedDisconnectInput | null | undefined;
  where?: MunicipalityNeedsConnectionWhere | null | undefined;
};

export type MunicipalityNeedsFieldInput = {
  connect?: Array<MunicipalityNeedsConnectFieldInput> | null | undefined;
  create?: Array<MunicipalityNeedsCreateFieldInput> | null | undefined;
};

export type MunicipalityNeedsNodeAggregationWhereInput = {
  AND?: Array<MunicipalityNeedsNodeAggregationWhereInput> | null | undefined;
  NOT?: MunicipalityNeedsNodeAggregationWhereInput | null | undefined;
  OR?: Array<MunicipalityNeedsNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  note?: StringScalarAggregationFilters | null | undefined;
  persons?: IntScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type MunicipalityNeedsUpdateConnectionInput = {
  node?: NeedUpdateInput | null | undefined;
  where?: MunicipalityNeedsConnectionWhere | null | undefined;
};

export type MunicipalityNeedsUpdateFieldInput = {
  connect?: Array<MunicipalityNeedsConnectFieldInput> | null | undefined;
  create?: Array<MunicipalityNeedsCreateFieldInput> | null | undefined;
  delete?: Array<MunicipalityNeedsDeleteFieldInput> | null | undefined;
  disconnect?: Array<MunicipalityNeedsDisconnectFieldInput> | null | undefined;
  update?: MunicipalityNeedsUpdateConnectionInput | null | undefined;
};

export type MunicipalityOffersConnectFieldInput = {
  connect?: Array<OfferConnectInput> | null | undefined;
  where?: OfferConnectWhere | null | undefined;
};

export type MunicipalityOffersConnectionAggregateInput = {
  AND?: Array<MunicipalityOffersConnectionAggregateInput> | null | undefined;
  NOT?: MunicipalityOffersConnectionAggregateInput | null | undefined;
  OR?: Array<MunicipalityOffersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: MunicipalityOffersNodeAggregationWhereInput | null | undefined;
};

export type MunicipalityOffersConnectionFilters = {
  /** Filter Municipalities by aggregating results on related MunicipalityOffersConnections */
  aggregate?: MunicipalityOffersConnectionAggregateInput | null | undefined;
  /** Return Municipalities where all of the related MunicipalityOffersConnections match this filter */
  all?: MunicipalityOffersConnectionWhere | null | undefined;
  /** Return Municipalities where none of the related MunicipalityOffersConnections match this filter */
  none?: MunicipalityOffersConnectionWhere | null | undefined;
  /** Return Municipalities where one of the related MunicipalityOffersConnections match this filter */
  single?: MunicipalityOffersConnectionWhere | null | undefined;
  /** Return Municipalities where some of the related MunicipalityOffersConnections match this filter */
  some?: MunicipalityOffersConnectionWhere | null | undefined;
};

export type MunicipalityOffersConnectionWhere = {
  AND?: Array<MunicipalityOffersConnectionWhere> | null | undefined;
  NOT?: MunicipalityOffersConnectionWhere | null | undefined;
  OR?: Array<MunicipalityOffersConnectionWhere> | null | undefined;
  node?: OfferWhere | null | undefined;
};

export type MunicipalityOffersCreateFieldInput = {
  node: OfferCreateInput;
};

export type MunicipalityOffersDeleteFieldInput = {
  delete?: OfferDeleteInput | null | undefined;
  where?: MunicipalityOffersConnectionWhere | null | undefined;
};

export type MunicipalityOffersDisconnectFieldInput = {
  disconnect?: OfferDisconnectInput | null | undefined;
  where?: MunicipalityOffersConnectionWhere | null | undefined;
};

export type MunicipalityOffersFieldInput = {
  connect?: Array<MunicipalityOffersConnectFieldInput> | null | undefined;
  create?: Array<MunicipalityOffersCreateFieldInput> | null | undefined;
};

export type MunicipalityOffersNodeAggregationWhereInput = {
  AND?: Array<MunicipalityOffersNodeAggregationWhereInput> | null | undefined;
  NOT?: MunicipalityOffersNodeAggregationWhereInput | null | undefined;
  OR?: Array<MunicipalityOffersNodeAggregationWhereInput> | null | undefined;
  booked?: IntScalarAggregationFilters | null | undefined;
  capacity?: IntScalarAggregationFilters | null | undefined;
  cost?: FloatScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  externalId?: StringScalarAggregationFilters | null | undefined;
  hoursTotal?: IntScalarAggregationFilters | null | undefined;
  minGroupSize?: IntScalarAggregationFilters | null | undefined;
  schedule?: StringScalarAggregationFilters | null | undefined;
  source?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  waitlist?: IntScalarAggregationFilters | null | undefined;
};

export type MunicipalityOffersUpdateConnectionInput = {
  node?: OfferUpdateInput | null | undefined;
  where?: MunicipalityOffersConnectionWhere | null | undefined;
};

export type MunicipalityOffersUpdateFieldInput = {
  connect?: Array<MunicipalityOffersConnectFieldInput> | null | undefined;
  create?: Array<MunicipalityOffersCreateFieldInput> | null | undefined;
  delete?: Array<MunicipalityOffersDeleteFieldInput> | null | undefined;
  disconnect?: Array<MunicipalityOffersDisconnectFieldInput> | null | undefined;
  update?: MunicipalityOffersUpdateConnectionInput | null | undefined;
};

export type MunicipalityRelationshipFilters = {
  /** Filter type where all of the related Municipalities match this filter */
  all?: MunicipalityWhere | null | undefined;
  /** Filter type where none of the related Municipalities match this filter */
  none?: MunicipalityWhere | null | undefined;
  /** Filter type where one of the related Municipalities match this filter */
  single?: MunicipalityWhere | null | undefined;
  /** Filter type where some of the related Municipalities match this filter */
  some?: MunicipalityWhere | null | undefined;
};

export type MunicipalityServedByConnectFieldInput = {
  connect?: Array<ActorConnectInput> | null | undefined;
  where?: ActorConnectWhere | null | undefined;
};

export type MunicipalityServedByConnectionAggregateInput = {
  AND?: Array<MunicipalityServedByConnectionAggregateInput> | null | undefined;
  NOT?: MunicipalityServedByConnectionAggregateInput | null | undefined;
  OR?: Array<MunicipalityServedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: MunicipalityServedByNodeAggregationWhereInput | null | undefined;
};

export type MunicipalityServedByConnectionFilters = {
  /** Filter Municipalities by aggregating results on related MunicipalityServedByConnections */
  aggregate?: MunicipalityServedByConnectionAggregateInput | null | undefined;
  /** Return Municipalities where all of the related MunicipalityServedByConnections match this filter */
  all?: MunicipalityServedByConnectionWhere | null | undefined;
  /** Return Municipalities where none of the related MunicipalityServedByConnections match this filter */
  none?: MunicipalityServedByConnectionWhere | null | undefined;
  /** Return Municipalities where one of the related MunicipalityServedByConnections match this filter */
  single?: MunicipalityServedByConnectionWhere | null | undefined;
  /** Return Municipalities where some of the related MunicipalityServedByConnections match this filter */
  some?: MunicipalityServedByConnectionWhere | null | undefined;
};

export type MunicipalityServedByConnectionWhere = {
  AND?: Array<MunicipalityServedByConnectionWhere> | null | undefined;
  NOT?: MunicipalityServedByConnectionWhere | null | undefined;
  OR?: Array<MunicipalityServedByConnectionWhere> | null | undefined;
  node?: ActorWhere | null | undefined;
};

export type MunicipalityServedByCreateFieldInput = {
  node: ActorCreateInput;
};

export type MunicipalityServedByDeleteFieldInput = {
  delete?: ActorDeleteInput | null | undefined;
  where?: MunicipalityServedByConnectionWhere | null | undefined;
};

export type MunicipalityServedByDisconnectFieldInput = {
  disconnect?: ActorDisconnectInput | null | undefined;
  where?: MunicipalityServedByConnectionWhere | null | undefined;
};

export type MunicipalityServedByFieldInput = {
  connect?: Array<MunicipalityServedByConnectFieldInput> | null | undefined;
  create?: Array<MunicipalityServedByCreateFieldInput> | null | undefined;
};

export type MunicipalityServedByNodeAggregationWhereInput = {
  AND?: Array<MunicipalityServedByNodeAggregationWhereInput> | null | undefined;
  NOT?: MunicipalityServedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<MunicipalityServedByNodeAggregationWhereInput> | null | undefined;
  address?: StringScalarAggregationFilters | null | undefined;
  city?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  email?: StringScalarAggregationFilters | null | undefined;
  externalId?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  phone?: StringScalarAggregationFilters | null | undefined;
  postcode?: StringScalarAggregationFilters | null | undefined;
  source?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  website?: StringScalarAggregationFilters | null | undefined;
};

export type MunicipalityServedByUpdateConnectionInput = {
  node?: ActorUpdateInput | null | undefined;
  where?: MunicipalityServedByConnectionWhere | null | undefined;
};

export type MunicipalityServedByUpdateFieldInput = {
  connect?: Array<MunicipalityServedByConnectFieldInput> | null | undefined;
  create?: Array<MunicipalityServedByCreateFieldInput> | null | undefined;
  delete?: Array<MunicipalityServedByDeleteFieldInput> | null | undefined;
  disconnect?: Array<MunicipalityServedByDisconnectFieldInput> | null | undefined;
  update?: MunicipalityServedByUpdateConnectionInput | null | undefined;
};

export type MunicipalitySnapshotsConnectionAggregateInput = {
  AND?: Array<MunicipalitySnapshotsConnectionAggregateInput> | null | undefined;
  NOT?: MunicipalitySnapshotsConnectionAggregateInput | null | undefined;
  OR?: Array<MunicipalitySnapshotsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: MunicipalitySnapshotsNodeAggregationWhereInput | null | undefined;
};

export type MunicipalitySnapshotsConnectionFilters = {
  /** Filter Municipalities by aggregating results on related MunicipalitySnapshotsConnections */
  aggregate?: MunicipalitySnapshotsConnectionAggregateInput | null | undefined;
  /** Return Municipalities where all of the related MunicipalitySnapshotsConnections match this filter */
  all?: MunicipalitySnapshotsConnectionWhere | null | undefined;
  /** Return Municipalities where none of the related MunicipalitySnapshotsConnections match this filter */
  none?: MunicipalitySnapshotsConnectionWhere | null | undefined;
  /** Return Municipalities where one of the related MunicipalitySnapshotsConnections match this filter */
  single?: MunicipalitySnapshotsConnectionWhere | null | undefined;
  /** Return Municipalities where some of the related MunicipalitySnapshotsConnections match this filter */
  some?: MunicipalitySnapshotsConnectionWhere | null | undefined;
};

export type MunicipalitySnapshotsConnectionWhere = {
  AND?: Array<MunicipalitySnapshotsConnectionWhere> | null | undefined;
  NOT?: MunicipalitySnapshotsConnectionWhere | null | undefined;
  OR?: Array<MunicipalitySnapshotsConnectionWhere> | null | undefined;
  node?: SnapshotWhere | null | undefined;
};

export type MunicipalitySnapshotsNodeAggregationWhereInput = {
  AND?: Array<MunicipalitySnapshotsNodeAggregationWhereInput> | null | undefined;
  NOT?: MunicipalitySnapshotsNodeAggregationWhereInput | null | undefined;
  OR?: Array<MunicipalitySnapshotsNodeAggregationWhereInput> | null | undefined;
  accessibility?: FloatScalarAggregationFilters | null | undefined;
  booked?: IntScalarAggregationFilters | null | undefined;
  capacity?: IntScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  demand?: IntScalarAggregationFilters | null | undefined;
  freePlaces?: IntScalarAggregationFilters | null | undefined;
  radiusKm?: FloatScalarAggregationFilters | null | undefined;
  unmet?: IntScalarAggregationFilters | null | undefined;
  waitlist?: IntScalarAggregationFilters | null | undefined;
};

export type MunicipalityUpdateInput = {
  actors?: Array<MunicipalityActorsUpdateFieldInput> | null | undefined;
  ags?: StringScalarMutations | null | undefined;
  district?: Array<MunicipalityDistrictUpdateFieldInput> | null | undefined;
  kind?: MunicipalityKindEnumScalarMutations | null | undefined;
  location?: PointMutations | null | undefined;
  memberOf?: Array<MunicipalityMemberOfUpdateFieldInput> | null | undefined;
  members?: Array<MunicipalityMembersUpdateFieldInput> | null | undefined;
  name?: StringScalarMutations | null | undefined;
  needs?: Array<MunicipalityNeedsUpdateFieldInput> | null | undefined;
  newcomers?: IntScalarMutations | null | undefined;
  offers?: Array<MunicipalityOffersUpdateFieldInput> | null | undefined;
  population?: IntScalarMutations | null | undefined;
  populationEstimated?: BooleanScalarMutations | null | undefined;
  servedBy?: Array<MunicipalityServedByUpdateFieldInput> | null | undefined;
};

export type MunicipalityWhere = {
  AND?: Array<MunicipalityWhere> | null | undefined;
  NOT?: MunicipalityWhere | null | undefined;
  OR?: Array<MunicipalityWhere> | null | undefined;
  actors?: ActorRelationshipFilters | null | undefined;
  actorsConnection?: MunicipalityActorsConnectionFilters | null | undefined;
  ags?: StringScalarFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  district?: DistrictRelationshipFilters | null | undefined;
  districtConnection?: MunicipalityDistrictConnectionFilters | null | undefined;
  kind?: MunicipalityKindEnumScalarFilters | null | undefined;
  location?: PointFilters | null | undefined;
  memberOf?: MunicipalityRelationshipFilters | null | undefined;
  memberOfConnection?: MunicipalityMemberOfConnectionFilters | null | undefined;
  members?: MunicipalityRelationshipFilters | null | undefined;
  membersConnection?: MunicipalityMembersConnectionFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  needs?: NeedRelationshipFilters | null | undefined;
  needsConnection?: MunicipalityNeedsConnectionFilters | null | undefined;
  newcomers?: IntScalarFilters | null | undefined;
  offers?: OfferRelationshipFilters | null | undefined;
  offersConnection?: MunicipalityOffersConnectionFilters | null | undefined;
  population?: IntScalarFilters | null | undefined;
  populationEstimated?: BooleanScalarFilters | null | undefined;
  servedBy?: ActorRelationshipFilters | null | undefined;
  servedByConnection?: MunicipalityServedByConnectionFilters | null | undefined;
  snapshots?: SnapshotRelationshipFilters | null | undefined;
  snapshotsConnection?: MunicipalitySnapshotsConnectionFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

export type NeedConnectInput = {
  municipality?: Array<NeedMunicipalityConnectFieldInput> | null | undefined;
  reportedBy?: Array<NeedReportedByConnectFieldInput> | null | undefined;
};

export type NeedConnectWhere = {
  node: NeedWhere;
};

export type NeedCreateInput = {
  category: OfferCategory;
  languageLevel?: CefrLevel | null | undefined;
  municipality?: NeedMunicipalityFieldInput | null | undefined;
  note?: string | null | undefined;
  persons: number;
  reportedAt: string;
  reportedBy?: NeedReportedByFieldInput | null | undefined;
  source: NeedSource;
  status: NeedStatus;
  targetGroup?: TargetGroup | null | undefined;
};

export type NeedDeleteInput = {
  municipality?: Array<NeedMunicipalityDeleteFieldInput> | null | undefined;
  reportedBy?: Array<NeedReportedByDeleteFieldInput> | null | undefined;
};

export type NeedDisconnectInput = {
  municipality?: Array<NeedMunicipalityDisconnectFieldInput> | null | undefined;
  reportedBy?: Array<NeedReportedByDisconnectFieldInput> | null | undefined;
};

export type NeedMunicipalityConnectFieldInput = {
  connect?: Array<MunicipalityConnectInput> | null | undefined;
  where?: MunicipalityConnectWhere | null | undefined;
};

export type NeedMunicipalityConnectionAggregateInput = {
  AND?: Array<NeedMunicipalityConnectionAggregateInput> | null | undefined;
  NOT?: NeedMunicipalityConnectionAggregateInput | null | undefined;
  OR?: Array<NeedMunicipalityConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: NeedMunicipalityNodeAggregationWhereInput | null | undefined;
};

export type NeedMunicipalityConnectionFilters = {
  /** Filter Needs by aggregating results on related NeedMunicipalityConnections */
  aggregate?: NeedMunicipalityConnectionAggregateInput | null | undefined;
  /** Return Needs where all of the related NeedMunicipalityConnections match this filter */
  all?: NeedMunicipalityConnectionWhere | null | undefined;
  /** Return Needs where none of the related NeedMunicipalityConnections match this filter */
  none?: NeedMunicipalityConnectionWhere | null | undefined;
  /** Return Needs where one of the related NeedMunicipalityConnections match this filter */
  single?: NeedMunicipalityConnectionWhere | null | undefined;
  /** Return Needs where some of the related NeedMunicipalityConnections match this filter */
  some?: NeedMunicipalityConnectionWhere | null | undefined;
};

export type NeedMunicipalityConnectionWhere = {
  AND?: Array<NeedMunicipalityConnectionWhere> | null | undefined;
  NOT?: NeedMunicipalityConnectionWhere | null | undefined;
  OR?: Array<NeedMunicipalityConnectionWhere> | null | undefined;
  node?: MunicipalityWhere | null | undefined;
};

export type NeedMunicipalityCreateFieldInput = {
  node: MunicipalityCreateInput;
};

export type NeedMunicipalityDeleteFieldInput = {
  delete?: MunicipalityDeleteInput | null | undefined;
  where?: NeedMunicipalityConnectionWhere | null | undefined;
};

export type NeedMunicipalityDisconnectFieldInput = {
  disconnect?: MunicipalityDisconnectInput | null | undefined;
  where?: NeedMunicipalityConnectionWhere | null | undefined;
};

export type NeedMunicipalityFieldInput = {
  connect?: Array<NeedMunicipalityConnectFieldInput> | null | undefined;
  create?: Array<NeedMunicipalityCreateFieldInput> | null | undefined;
};

export type NeedMunicipalityNodeAggregationWhereInput = {
  AND?: Array<NeedMunicipalityNodeAggregationWhereInput> | null | undefined;
  NOT?: NeedMunicipalityNodeAggregationWhereInput | null | undefined;
  OR?: Array<NeedMunicipalityNodeAggregationWhereInput> | null | undefined;
  ags?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  newcomers?: IntScalarAggregationFilters | null | undefined;
  population?: IntScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type NeedMunicipalityUpdateConnectionInput = {
  node?: MunicipalityUpdateInput | null | undefined;
  where?: NeedMunicipalityConnectionWhere | null | undefined;
};

export type NeedMunicipalityUpdateFieldInput = {
  connect?: Array<NeedMunicipalityConnectFieldInput> | null | undefined;
  create?: Array<NeedMunicipalityCreateFieldInput> | null | undefined;
  delete?: Array<NeedMunicipalityDeleteFieldInput> | null | undefined;
  disconnect?: Array<NeedMunicipalityDisconnectFieldInput> | null | undefined;
  update?: NeedMunicipalityUpdateConnectionInput | null | undefined;
};

export type NeedRelationshipFilters = {
  /** Filter type where all of the related Needs match this filter */
  all?: NeedWhere | null | undefined;
  /** Filter type where none of the related Needs match this filter */
  none?: NeedWhere | null | undefined;
  /** Filter type where one of the related Needs match this filter */
  single?: NeedWhere | null | undefined;
  /** Filter type where some of the related Needs match this filter */
  some?: NeedWhere | null | undefined;
};

export type NeedReportedByConnectFieldInput = {
  connect?: Array<ActorConnectInput> | null | undefined;
  where?: ActorConnectWhere | null | undefined;
};

export type NeedReportedByConnectionAggregateInput = {
  AND?: Array<NeedReportedByConnectionAggregateInput> | null | undefined;
  NOT?: NeedReportedByConnectionAggregateInput | null | undefined;
  OR?: Array<NeedReportedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: NeedReportedByNodeAggregationWhereInput | null | undefined;
};

export type NeedReportedByConnectionFilters = {
  /** Filter Needs by aggregating results on related NeedReportedByConnections */
  aggregate?: NeedReportedByConnectionAggregateInput | null | undefined;
  /** Return Needs where all of the related NeedReportedByConnections match this filter */
  all?: NeedReportedByConnectionWhere | null | undefined;
  /** Return Needs where none of the related NeedReportedByConnections match this filter */
  none?: NeedReportedByConnectionWhere | null | undefined;
  /** Return Needs where one of the related NeedReportedByConnections match this filter */
  single?: NeedReportedByConnectionWhere | null | undefined;
  /** Return Needs where some of the related NeedReportedByConnections match this filter */
  some?: NeedReportedByConnectionWhere | null | undefined;
};

export type NeedReportedByConnectionWhere = {
  AND?: Array<NeedReportedByConnectionWhere> | null | undefined;
  NOT?: NeedReportedByConnectionWhere | null | undefined;
  OR?: Array<NeedReportedByConnectionWhere> | null | undefined;
  node?: ActorWhere | null | undefined;
};

export type NeedReportedByCreateFieldInput = {
  node: ActorCreateInput;
};

export type NeedReportedByDeleteFieldInput = {
  delete?: ActorDeleteInput | null | undefined;
  where?: NeedReportedByConnectionWhere | null | undefined;
};

export type NeedReportedByDisconnectFieldInput = {
  disconnect?: ActorDisconnectInput | null | undefined;
  where?: NeedReportedByConnectionWhere | null | undefined;
};

export type NeedReportedByFieldInput = {
  connect?: Array<NeedReportedByConnectFieldInput> | null | undefined;
  create?: Array<NeedReportedByCreateFieldInput> | null | undefined;
};

export type NeedReportedByNodeAggregationWhereInput = {
  AND?: Array<NeedReportedByNodeAggregationWhereInput> | null | undefined;
  NOT?: NeedReportedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<NeedReportedByNodeAggregationWhereInput> | null | undefined;
  address?: StringScalarAggregationFilters | null | undefined;
  city?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  email?: StringScalarAggregationFilters | null | undefined;
  externalId?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  phone?: StringScalarAggregationFilters | null | undefined;
  postcode?: StringScalarAggregationFilters | null | undefined;
  source?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  website?: StringScalarAggregationFilters | null | undefined;
};

export type NeedReportedByUpdateConnectionInput = {
  node?: ActorUpdateInput | null | undefined;
  where?: NeedReportedByConnectionWhere | null | undefined;
};

export type NeedReportedByUpdateFieldInput = {
  connect?: Array<NeedReportedByConnectFieldInput> | null | undefined;
  create?: Array<NeedReportedByCreateFieldInput> | null | undefined;
  delete?: Array<NeedReportedByDeleteFieldInput> | null | undefined;
  disconnect?: Array<NeedReportedByDisconnectFieldInput> | null | undefined;
  update?: NeedReportedByUpdateConnectionInput | null | undefined;
};

export type NeedSource =
  | 'AUTHORITY'
  | 'ESTIMATE'
  | 'JOBCENTER'
  | 'SCHOOL'
  | 'SURVEY'
  | 'WAITLIST';

/** NeedSource filters */
export type NeedSourceEnumScalarFilters = {
  eq?: NeedSource | null | undefined;
  in?: Array<NeedSource> | null | undefined;
};

/** NeedSource mutations */
export type NeedSourceEnumScalarMutations = {
  set?: NeedSource | null | undefined;
};

export type NeedStatus =
  | 'MET'
  | 'OBSOLETE'
  | 'OPEN';

/** NeedStatus filters */
export type NeedStatusEnumScalarFilters = {
  eq?: NeedStatus | null | undefined;
  in?: Array<NeedStatus> | null | undefined;
};

/** NeedStatus mutations */
export type NeedStatusEnumScalarMutations = {
  set?: NeedStatus | null | undefined;
};

export type NeedUpdateInput = {
  category?: OfferCategoryEnumScalarMutations | null | undefined;
  languageLevel?: CefrLevelEnumScalarMutations | null | undefined;
  municipality?: Array<NeedMunicipalityUpdateFieldInput> | null | undefined;
  note?: StringScalarMutations | null | undefined;
  persons?: IntScalarMutations | null | undefined;
  reportedAt?: DateScalarMutations | null | undefined;
  reportedBy?: Array<NeedReportedByUpdateFieldInput> | null | undefined;
  source?: NeedSourceEnumScalarMutations | null | undefined;
  status?: NeedStatusEnumScalarMutations | null | undefined;
  targetGroup?: TargetGroupEnumScalarMutations | null | undefined;
};

export type NeedWhere = {
  AND?: Array<NeedWhere> | null | undefined;
  NOT?: NeedWhere | null | undefined;
  OR?: Array<NeedWhere> | null | undefined;
  category?: OfferCategoryEnumScalarFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  languageLevel?: CefrLevelEnumScalarFilters | null | undefined;
  municipality?: MunicipalityRelationshipFilters | null | undefined;
  municipalityConnection?: NeedMunicipalityConnectionFilters | null | undefined;
  note?: StringScalarFilters | null | undefined;
  persons?: IntScalarFilters | null | undefined;
  reportedAt?: DateScalarFilters | null | undefined;
  reportedBy?: ActorRelationshipFilters | null | undefined;
  reportedByConnection?: NeedReportedByConnectionFilters | null | undefined;
  source?: NeedSourceEnumScalarFilters | null | undefined;
  status?: NeedStatusEnumScalarFilters | null | undefined;
  targetGroup?: TargetGroupEnumScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

export type NetworkConnectInput = {
  coordinator?: Array<NetworkCoordinatorConnectFieldInput> | null | undefined;
  meetings?: Array<NetworkMeetingsConnectFieldInput> | null | undefined;
  members?: Array<NetworkMembersConnectFieldInput> | null | undefined;
};

export type NetworkConnectWhere = {
  node: NetworkWhere;
};

export type NetworkCoordinatorConnectFieldInput = {
  connect?: Array<ActorConnectInput> | null | undefined;
  where?: ActorConnectWhere | null | undefined;
};

export type NetworkCoordinatorConnectionAggregateInput = {
  AND?: Array<NetworkCoordinatorConnectionAggregateInput> | null | undefined;
  NOT?: NetworkCoordinatorConnectionAggregateInput | null | undefined;
  OR?: Array<NetworkCoordinatorConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: NetworkCoordinatorNodeAggregationWhereInput | null | undefined;
};

export type NetworkCoordinatorConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkCoordinatorConnections */
  aggregate?: NetworkCoordinatorConnectionAggregateInput | null | undefined;
  /** Return Networks where all of the related NetworkCoordinatorConnections match this filter */
  all?: NetworkCoordinatorConnectionWhere | null | undefined;
  /** Return Networks where none of the related NetworkCoordinatorConnections match this filter */
  none?: NetworkCoordinatorConnectionWhere | null | undefined;
  /** Return Networks where one of the related NetworkCoordinatorConnections match this filter */
  single?: NetworkCoordinatorConnectionWhere | null | undefined;
  /** Return Networks where some of the related NetworkCoordinatorConnections match this filter */
  some?: NetworkCoordinatorConnectionWhere | null | undefined;
};

export type NetworkCoordinatorConnectionWhere = {
  AND?: Array<NetworkCoordinatorConnectionWhere> | null | undefined;
  NOT?: NetworkCoordinatorConnectionWhere | null | undefined;
  OR?: Array<NetworkCoordinatorConnectionWhere> | null | undefined;
  node?: ActorWhere | null | undefined;
};

export type NetworkCoordinatorCreateFieldInput = {
  node: ActorCreateInput;
};

export type NetworkCoordinatorDeleteFieldInput = {
  delete?: ActorDeleteInput | null | undefined;
  where?: NetworkCoordinatorConnectionWhere | null | undefined;
};

export type NetworkCoordinatorDisconnectFieldInput = {
  disconnect?: ActorDisconnectInput | null | undefined;
  where?: NetworkCoordinatorConnectionWhere | null | undefined;
};

export type NetworkCoordinatorFieldInput = {
  connect?: Array<NetworkCoordinatorConnectFieldInput> | null | undefined;
  create?: Array<NetworkCoordinatorCreateFieldInput> | null | undefined;
};

export type NetworkCoordinatorNodeAggregationWhereInput = {
  AND?: Array<NetworkCoordinatorNodeAggregationWhereInput> | null | undefined;
  NOT?: NetworkCoordinatorNodeAggregationWhereInput | null | undefined;
  OR?: Array<NetworkCoordinatorNodeAggregationWhereInput> | null | undefined;
  address?: StringScalarAggregationFilters | null | undefined;
  city?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  email?: StringScalarAggregationFilters | null | undefined;
  externalId?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  phone?: StringScalarAggregationFilters | null | undefined;
  postcode?: StringScalarAggregationFilters | null | undefined;
  source?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  website?: StringScalarAggregationFilters | null | undefined;
};

export type NetworkCoordinatorUpdateConnectionInput = {
  node?: ActorUpdateInput | null | undefined;
  where?: NetworkCoordinatorConnectionWhere | null | undefined;
};

export type NetworkCoordinatorUpdateFieldInput = {
  connect?: Array<NetworkCoordinatorConnectFieldInput> | null | undefined;
  create?: Array<NetworkCoordinatorCreateFieldInput> | null | undefined;
  delete?: Array<NetworkCoordinatorDeleteFieldInput> | null | undefined;
  disconnect?: Array<NetworkCoordinatorDisconnectFieldInput> | null | undefined;
  update?: NetworkCoordinatorUpdateConnectionInput | null | undefined;
};

export type NetworkCreateInput = {
  cadence?: Cadence | null | undefined;
  coordinator?: NetworkCoordinatorFieldInput | null | undefined;
  description?: string | null | undefined;
  kind: NetworkKind;
  meetings?: NetworkMeetingsFieldInput | null | undefined;
  members?: NetworkMembersFieldInput | null | undefined;
  name: string;
};

export type NetworkDeleteInput = {
  coordinator?: Array<NetworkCoordinatorDeleteFieldInput> | null | undefined;
  meetings?: Array<NetworkMeetingsDeleteFieldInput> | null | undefined;
  members?: Array<NetworkMembersDeleteFieldInput> | null | undefined;
};

export type NetworkDisconnectInput = {
  coordinator?: Array<NetworkCoordinatorDisconnectFieldInput> | null | undefined;
  meetings?: Array<NetworkMeetingsDisconnectFieldInput> | null | undefined;
  members?: Array<NetworkMembersDisconnectFieldInput> | null | undefined;
};

export type NetworkKind =
  | 'COMMITTEE'
  | 'EXCHANGE_ROUND'
  | 'OTHER'
  | 'REGIONAL_NETWORK'
  | 'WORKING_GROUP';

/** NetworkKind filters */
export type NetworkKindEnumScalarFilters = {
  eq?: NetworkKind | null | undefined;
  in?: Array<NetworkKind> | null | undefined;
};

/** NetworkKind mutations */
export type NetworkKindEnumScalarMutations = {
  set?: NetworkKind | null | undefined;
};

export type NetworkMeetingsConnectFieldInput = {
  connect?: Array<MeetingConnectInput> | null | undefined;
  where?: MeetingConnectWhere | null | undefined;
};

export type NetworkMeetingsConnectionAggregateInput = {
  AND?: Array<NetworkMeetingsConnectionAggregateInput> | null | undefined;
  NOT?: NetworkMeetingsConnectionAggregateInput | null | undefined;
  OR?: Array<NetworkMeetingsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: NetworkMeetingsNodeAggregationWhereInput | null | undefined;
};

export type NetworkMeetingsConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkMeetingsConnections */
  aggregate?: NetworkMeetingsConnectionAggregateInput | null | undefined;
  /** Return Networks where all of the related NetworkMeetingsConnections match this filter */
  all?: NetworkMeetingsConnectionWhere | null | undefined;
  /** Return Networks where none of the related NetworkMeetingsConnections match this filter */
  none?: NetworkMeetingsConnectionWhere | null | undefined;
  /** Return Networks where one of the related NetworkMeetingsConnections match this filter */
  single?: NetworkMeetingsConnectionWhere | null | undefined;
  /** Return Networks where some of the related NetworkMeetingsConnections match this filter */
  some?: NetworkMeetingsConnectionWhere | null | undefined;
};

export type NetworkMeetingsConnectionWhere = {
  AND?: Array<NetworkMeetingsConnectionWhere> | null | undefined;
  NOT?: NetworkMeetingsConnectionWhere | null | undefined;
  OR?: Array<NetworkMeetingsConnectionWhere> | null | undefined;
  node?: MeetingWhere | null | undefined;
};

export type NetworkMeetingsCreateFieldInput = {
  node: MeetingCreateInput;
};

export type NetworkMeetingsDeleteFieldInput = {
  delete?: MeetingDeleteInput | null | undefined;
  where?: NetworkMeetingsConnectionWhere | null | undefined;
};

export type NetworkMeetingsDisconnectFieldInput = {
  disconnect?: MeetingDisconnectInput | null | undefined;
  where?: NetworkMeetingsConnectionWhere | null | undefined;
};

export type NetworkMeetingsFieldInput = {
  connect?: Array<NetworkMeetingsConnectFieldInput> | null | undefined;
  create?: Array<NetworkMeetingsCreateFieldInput> | null | undefined;
};

export type NetworkMeetingsNodeAggregationWhereInput = {
  AND?: Array<NetworkMeetingsNodeAggregationWhereInput> | null | undefined;
  NOT?: NetworkMeetingsNodeAggregationWhereInput | null | undefined;
  OR?: Array<NetworkMeetingsNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  place?: StringScalarAggregationFilters | null | undefined;
  topic?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type NetworkMeetingsUpdateConnectionInput = {
  node?: MeetingUpdateInput | null | undefined;
  where?: NetworkMeetingsConnectionWhere | null | undefined;
};

export type NetworkMeetingsUpdateFieldInput = {
  connect?: Array<NetworkMeetingsConnectFieldInput> | null | undefined;
  create?: Array<NetworkMeetingsCreateFieldInput> | null | undefined;
  delete?: Array<NetworkMeetingsDeleteFieldInput> | null | undefined;
  disconnect?: Array<NetworkMeetingsDisconnectFieldInput> | null | undefined;
  update?: NetworkMeetingsUpdateConnectionInput | null | undefined;
};

export type NetworkMembersConnectFieldInput = {
  connect?: Array<ActorConnectInput> | null | undefined;
  where?: ActorConnectWhere | null | undefined;
};

export type NetworkMembersConnectionAggregateInput = {
  AND?: Array<NetworkMembersConnectionAggregateInput> | null | undefined;
  NOT?: NetworkMembersConnectionAggregateInput | null | undefined;
  OR?: Array<NetworkMembersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: NetworkMembersNodeAggregationWhereInput | null | undefined;
};

export type NetworkMembersConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkMembersConnections */
  aggregate?: NetworkMembersConnectionAggregateInput | null | undefined;
  /** Return Networks where all of the related NetworkMembersConnections match this filter */
  all?: NetworkMembersConnectionWhere | null | undefined;
  /** Return Networks where none of the related NetworkMembersConnections match this filter */
  none?: NetworkMembersConnectionWhere | null | undefined;
  /** Return Networks where one of the related NetworkMembersConnections match this filter */
  single?: NetworkMembersConnectionWhere | null | undefined;
  /** Return Networks where some of the related NetworkMembersConnections match this filter */
  some?: NetworkMembersConnectionWhere | null | undefined;
};

export type NetworkMembersConnectionWhere = {
  AND?: Array<NetworkMembersConnectionWhere> | null | undefined;
  NOT?: NetworkMembersConnectionWhere | null | undefined;
  OR?: Array<NetworkMembersConnectionWhere> | null | undefined;
  node?: ActorWhere | null | undefined;
};

export type NetworkMembersCreateFieldInput = {
  node: ActorCreateInput;
};

export type NetworkMembersDeleteFieldInput = {
  delete?: ActorDeleteInput | null | undefined;
  where?: NetworkMembersConnectionWhere | null | undefined;
};

export type NetworkMembersDisconnectFieldInput = {
  disconnect?: ActorDisconnectInput | null | undefined;
  where?: NetworkMembersConnectionWhere | null | undefined;
};

export type NetworkMembersFieldInput = {
  connect?: Array<NetworkMembersConnectFieldInput> | null | undefined;
  create?: Array<NetworkMembersCreateFieldInput> | null | undefined;
};

export type NetworkMembersNodeAggregationWhereInput = {
  AND?: Array<NetworkMembersNodeAggregationWhereInput> | null | undefined;
  NOT?: NetworkMembersNodeAggregationWhereInput | null | undefined;
  OR?: Array<NetworkMembersNodeAggregationWhereInput> | null | undefined;
  address?: StringScalarAggregationFilters | null | undefined;
  city?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  email?: StringScalarAggregationFilters | null | undefined;
  externalId?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  phone?: StringScalarAggregationFilters | null | undefined;
  postcode?: StringScalarAggregationFilters | null | undefined;
  source?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  website?: StringScalarAggregationFilters | null | undefined;
};

export type NetworkMembersUpdateConnectionInput = {
  node?: ActorUpdateInput | null | undefined;
  where?: NetworkMembersConnectionWhere | null | undefined;
};

export type NetworkMembersUpdateFieldInput = {
  connect?: Array<NetworkMembersConnectFieldInput> | null | undefined;
  create?: Array<NetworkMembersCreateFieldInput> | null | undefined;
  delete?: Array<NetworkMembersDeleteFieldInput> | null | undefined;
  disconnect?: Array<NetworkMembersDisconnectFieldInput> | null | undefined;
  update?: NetworkMembersUpdateConnectionInput | null | undefined;
};

export type NetworkRelationshipFilters = {
  /** Filter type where all of the related Networks match this filter */
  all?: NetworkWhere | null | undefined;
  /** Filter type where none of the related Networks match this filter */
  none?: NetworkWhere | null | undefined;
  /** Filter type where one of the related Networks match this filter */
  single?: NetworkWhere | null | undefined;
  /** Filter type where some of the related Networks match this filter */
  some?: NetworkWhere | null | undefined;
};

export type NetworkUpdateInput = {
  cadence?: CadenceEnumScalarMutations | null | undefined;
  coordinator?: Array<NetworkCoordinatorUpdateFieldInput> | null | undefined;
  description?: StringScalarMutations | null | undefined;
  kind?: NetworkKindEnumScalarMutations | null | undefined;
  meetings?: Array<NetworkMeetingsUpdateFieldInput> | null | undefined;
  members?: Array<NetworkMembersUpdateFieldInput> | null | undefined;
  name?: StringScalarMutations | null | undefined;
};

export type NetworkWhere = {
  AND?: Array<NetworkWhere> | null | undefined;
  NOT?: NetworkWhere | null | undefined;
  OR?: Array<NetworkWhere> | null | undefined;
  cadence?: CadenceEnumScalarFilters | null | undefined;
  coordinator?: ActorRelationshipFilters | null | undefined;
  coordinatorConnection?: NetworkCoordinatorConnectionFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  description?: StringScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  kind?: NetworkKindEnumScalarFilters | null | undefined;
  meetings?: MeetingRelationshipFilters | null | undefined;
  meetingsConnection?: NetworkMeetingsConnectionFilters | null | undefined;
  members?: ActorRelationshipFilters | null | undefined;
  membersConnection?: NetworkMembersConnectionFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

export type OfferCategory =
  | 'APPRENTICESHIP'
  | 'EARLY_CHILDHOOD'
  | 'EDUCATION_GUIDANCE'
  | 'FIRST_ORIENTATION_COURSE'
  | 'FURTHER_TRAINING'
  | 'INTEGRATION_COURSE'
  | 'JOB_LANGUAGE_COURSE'
  | 'LANGUAGE_CAFE'
  | 'MENTORING'
  | 'MIGRATION_COUNSELLING'
  | 'OTHER'
  | 'OTHER_LANGUAGE_COURSE'
  | 'RECOGNITION_COUNSELLING'
  | 'SCHOOL_LANGUAGE_SUPPORT'
  | 'VOCATIONAL_ENTRY';

/** OfferCategory filters */
export type OfferCategoryEnumScalarFilters = {
  eq?: OfferCategory | null | undefined;
  in?: Array<OfferCategory> | null | undefined;
};

/** OfferCategory mutations */
export type OfferCategoryEnumScalarMutations = {
  set?: OfferCategory | null | undefined;
};

export type OfferConflictResolution =
  | 'ACCEPT_PARTNER_VALUE'
  | 'KEEP_COORDINATOR_VALUE';

export type OfferConflictStatus =
  /** The partner's value was taken over */
  | 'ACCEPTED'
  /** The coordinator's value stays */
  | 'KEPT'
  /** Waiting for the coordinator */
  | 'OPEN';

export type OfferConnectInput = {
  funders?: Array<OfferFundersConnectFieldInput> | null | undefined;
  provider?: Array<OfferProviderConnectFieldInput> | null | undefined;
  venue?: Array<OfferVenueConnectFieldInput> | null | undefined;
};

export type OfferConnectWhere = {
  node: OfferWhere;
};

export type OfferCreateInput = {
  accessible?: boolean | null | undefined;
  booked?: number | null | undefined;
  capacity?: number | null | undefined;
  category: OfferCategory;
  childcare?: boolean | null | undefined;
  cost?: number | null | undefined;
  costFree?: boolean | null | undefined;
  courseType?: CourseType | null | undefined;
  description?: string | null | undefined;
  endDate?: string | null | undefined;
  externalId?: string | null | undefined;
  format: OfferFormat;
  funders?: OfferFundersFieldInput | null | undefined;
  hoursTotal?: number | null | undefined;
  languageLevelFrom?: CefrLevel | null | undefined;
  languageLevelTo?: CefrLevel | null | undefined;
  languages?: Array<string> | null | undefined;
  location?: PointInput | null | undefined;
  minGroupSize?: number | null | undefined;
  provider?: OfferProviderFieldInput | null | undefined;
  registrationDeadline?: string | null | undefined;
  schedule?: string | null | undefined;
  source?: string | null | undefined;
  startDate?: string | null | undefined;
  status: OfferStatus;
  targetGroups?: Array<TargetGroup> | null | undefined;
  title: string;
  venue?: OfferVenueFieldInput | null | undefined;
  waitlist?: number | null | undefined;
};

export type OfferDeleteInput = {
  funders?: Array<OfferFundersDeleteFieldInput> | null | undefined;
  provider?: Array<OfferProviderDeleteFieldInput> | null | undefined;
  venue?: Array<OfferVenueDeleteFieldInput> | null | undefined;
};

export type OfferDisconnectInput = {
  funders?: Array<OfferFundersDisconnectFieldInput> | null | undefined;
  provider?: Array<OfferProviderDisconnectFieldInput> | null | undefined;
  venue?: Array<OfferVenueDisconnectFieldInput> | null | undefined;
};

export type OfferFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

/** OfferFormat filters */
export type OfferFormatEnumScalarFilters = {
  eq?: OfferFormat | null | undefined;
  in?: Array<OfferFormat> | null | undefined;
};

/** OfferFormat mutations */
export type OfferFormatEnumScalarMutations = {
  set?: OfferFormat | null | undefined;
};

export type OfferFundersConnectFieldInput = {
  connect?: Array<ActorConnectInput> | null | undefined;
  where?: ActorConnectWhere | null | undefined;
};

export type OfferFundersConnectionAggregateInput = {
  AND?: Array<OfferFundersConnectionAggregateInput> | null | undefined;
  NOT?: OfferFundersConnectionAggregateInput | null | undefined;
  OR?: Array<OfferFundersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: OfferFundersNodeAggregationWhereInput | null | undefined;
};

export type OfferFundersConnectionFilters = {
  /** Filter Offers by aggregating results on related OfferFundersConnections */
  aggregate?: OfferFundersConnectionAggregateInput | null | undefined;
  /** Return Offers where all of the related OfferFundersConnections match this filter */
  all?: OfferFundersConnectionWhere | null | undefined;
  /** Return Offers where none of the related OfferFundersConnections match this filter */
  none?: OfferFundersConnectionWhere | null | undefined;
  /** Return Offers where one of the related OfferFundersConnections match this filter */
  single?: OfferFundersConnectionWhere | null | undefined;
  /** Return Offers where some of the related OfferFundersConnections match this filter */
  some?: OfferFundersConnectionWhere | null | undefined;
};

export type OfferFundersConnectionWhere = {
  AND?: Array<OfferFundersConnectionWhere> | null | undefined;
  NOT?: OfferFundersConnectionWhere | null | undefined;
  OR?: Array<OfferFundersConnectionWhere> | null | undefined;
  node?: ActorWhere | null | undefined;
};

export type OfferFundersCreateFieldInput = {
  node: ActorCreateInput;
};

export type OfferFundersDeleteFieldInput = {
  delete?: ActorDeleteInput | null | undefined;
  where?: OfferFundersConnectionWhere | null | undefined;
};

export type OfferFundersDisconnectFieldInput = {
  disconnect?: ActorDisconnectInput | null | undefined;
  where?: OfferFundersConnectionWhere | null | undefined;
};

export type OfferFundersFieldInput = {
  connect?: Array<OfferFundersConnectFieldInput> | null | undefined;
  create?: Array<OfferFundersCreateFieldInput> | null | undefined;
};

export type OfferFundersNodeAggregationWhereInput = {
  AND?: Array<OfferFundersNodeAggregationWhereInput> | null | undefined;
  NOT?: OfferFundersNodeAggregationWhereInput | null | undefined;
  OR?: Array<OfferFundersNodeAggregationWhereInput> | null | undefined;
  address?: StringScalarAggregationFilters | null | undefined;
  city?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  email?: StringScalarAggregationFilters | null | undefined;
  externalId?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  phone?: StringScalarAggregationFilters | null | undefined;
  postcode?: StringScalarAggregationFilters | null | undefined;
  source?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  website?: StringScalarAggregationFilters | null | undefined;
};

export type OfferFundersUpdateConnectionInput = {
  node?: ActorUpdateInput | null | undefined;
  where?: OfferFundersConnectionWhere | null | undefined;
};

export type OfferFundersUpdateFieldInput = {
  connect?: Array<OfferFundersConnectFieldInput> | null | undefined;
  create?: Array<OfferFundersCreateFieldInput> | null | undefined;
  delete?: Array<OfferFundersDeleteFieldInput> | null | undefined;
  disconnect?: Array<OfferFundersDisconnectFieldInput> | null | undefined;
  update?: OfferFundersUpdateConnectionInput | null | undefined;
};

export type OfferProviderConnectFieldInput = {
  connect?: Array<ActorConnectInput> | null | undefined;
  where?: ActorConnectWhere | null | undefined;
};

export type OfferProviderConnectionAggregateInput = {
  AND?: Array<OfferProviderConnectionAggregateInput> | null | undefined;
  NOT?: OfferProviderConnectionAggregateInput | null | undefined;
  OR?: Array<OfferProviderConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: OfferProviderNodeAggregationWhereInput | null | undefined;
};

export type OfferProviderConnectionFilters = {
  /** Filter Offers by aggregating results on related OfferProviderConnections */
  aggregate?: OfferProviderConnectionAggregateInput | null | undefined;
  /** Return Offers where all of the related OfferProviderConnections match this filter */
  all?: OfferProviderConnectionWhere | null | undefined;
  /** Return Offers where none of the related OfferProviderConnections match this filter */
  none?: OfferProviderConnectionWhere | null | undefined;
  /** Return Offers where one of the related OfferProviderConnections match this filter */
  single?: OfferProviderConnectionWhere | null | undefined;
  /** Return Offers where some of the related OfferProviderConnections match this filter */
  some?: OfferProviderConnectionWhere | null | undefined;
};

export type OfferProviderConnectionWhere = {
  AND?: Array<OfferProviderConnectionWhere> | null | undefined;
  NOT?: OfferProviderConnectionWhere | null | undefined;
  OR?: Array<OfferProviderConnectionWhere> | null | undefined;
  node?: ActorWhere | null | undefined;
};

export type OfferProviderCreateFieldInput = {
  node: ActorCreateInput;
};

export type OfferProviderDeleteFieldInput = {
  delete?: ActorDeleteInput | null | undefined;
  where?: OfferProviderConnectionWhere | null | undefined;
};

export type OfferProviderDisconnectFieldInput = {
  disconnect?: ActorDisconnectInput | null | undefined;
  where?: OfferProviderConnectionWhere | null | undefined;
};

export type OfferProviderFieldInput = {
  connect?: Array<OfferProviderConnectFieldInput> | null | undefined;
  create?: Array<OfferProviderCreateFieldInput> | null | undefined;
};

export type OfferProviderNodeAggregationWhereInput = {
  AND?: Array<OfferProviderNodeAggregationWhereInput> | null | undefined;
  NOT?: OfferProviderNodeAggregationWhereInput | null | undefined;
  OR?: Array<OfferProviderNodeAggregationWhereInput> | null | undefined;
  address?: StringScalarAggregationFilters | null | undefined;
  city?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  email?: StringScalarAggregationFilters | null | undefined;
  externalId?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  phone?: StringScalarAggregationFilters | null | undefined;
  postcode?: StringScalarAggregationFilters | null | undefined;
  source?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  website?: StringScalarAggregationFilters | null | undefined;
};

export type OfferProviderUpdateConnectionInput = {
  node?: ActorUpdateInput | null | undefined;
  where?: OfferProviderConnectionWhere | null | undefined;
};

export type OfferProviderUpdateFieldInput = {
  connect?: Array<OfferProviderConnectFieldInput> | null | undefined;
  create?: Array<OfferProviderCreateFieldInput> | null | undefined;
  delete?: Array<OfferProviderDeleteFieldInput> | null | undefined;
  disconnect?: Array<OfferProviderDisconnectFieldInput> | null | undefined;
  update?: OfferProviderUpdateConnectionInput | null | undefined;
};

export type OfferRelationshipFilters = {
  /** Filter type where all of the related Offers match this filter */
  all?: OfferWhere | null | undefined;
  /** Filter type where none of the related Offers match this filter */
  none?: OfferWhere | null | undefined;
  /** Filter type where one of the related Offers match this filter */
  single?: OfferWhere | null | undefined;
  /** Filter type where some of the related Offers match this filter */
  some?: OfferWhere | null | undefined;
};

export type OfferStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FULL'
  | 'OPEN'
  | 'PLANNED'
  | 'RUNNING';

/** OfferStatus filters */
export type OfferStatusEnumScalarFilters = {
  eq?: OfferStatus | null | undefined;
  in?: Array<OfferStatus> | null | undefined;
};

/** OfferStatus mutations */
export type OfferStatusEnumScalarMutations = {
  set?: OfferStatus | null | undefined;
};

export type OfferUpdateInput = {
  accessible?: BooleanScalarMutations | null | undefined;
  booked?: IntScalarMutations | null | undefined;
  capacity?: IntScalarMutations | null | undefined;
  category?: OfferCategoryEnumScalarMutations | null | undefined;
  childcare?: BooleanScalarMutations | null | undefined;
  cost?: FloatScalarMutations | null | undefined;
  costFree?: BooleanScalarMutations | null | undefined;
  courseType?: CourseTypeEnumScalarMutations | null | undefined;
  description?: StringScalarMutations | null | undefined;
  endDate?: DateScalarMutations | null | undefined;
  externalId?: StringScalarMutations | null | undefined;
  format?: OfferFormatEnumScalarMutations | null | undefined;
  funders?: Array<OfferFundersUpdateFieldInput> | null | undefined;
  hoursTotal?: IntScalarMutations | null | undefined;
  languageLevelFrom?: CefrLevelEnumScalarMutations | null | undefined;
  languageLevelTo?: CefrLevelEnumScalarMutations | null | undefined;
  languages?: ListStringMutations | null | undefined;
  location?: PointMutations | null | undefined;
  minGroupSize?: IntScalarMutations | null | undefined;
  provider?: Array<OfferProviderUpdateFieldInput> | null | undefined;
  registrationDeadline?: DateScalarMutations | null | undefined;
  schedule?: StringScalarMutations | null | undefined;
  source?: StringScalarMutations | null | undefined;
  startDate?: DateScalarMutations | null | undefined;
  status?: OfferStatusEnumScalarMutations | null | undefined;
  targetGroups?: TargetGroupListEnumScalarMutations | null | undefined;
  title?: StringScalarMutations | null | undefined;
  venue?: Array<OfferVenueUpdateFieldInput> | null | undefined;
  waitlist?: IntScalarMutations | null | undefined;
};

export type OfferVenueConnectFieldInput = {
  connect?: Array<MunicipalityConnectInput> | null | undefined;
  where?: MunicipalityConnectWhere | null | undefined;
};

export type OfferVenueConnectionAggregateInput = {
  AND?: Array<OfferVenueConnectionAggregateInput> | null | undefined;
  NOT?: OfferVenueConnectionAggregateInput | null | undefined;
  OR?: Array<OfferVenueConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: OfferVenueNodeAggregationWhereInput | null | undefined;
};

export type OfferVenueConnectionFilters = {
  /** Filter Offers by aggregating results on related OfferVenueConnections */
  aggregate?: OfferVenueConnectionAggregateInput | null | undefined;
  /** Return Offers where all of the related OfferVenueConnections match this filter */
  all?: OfferVenueConnectionWhere | null | undefined;
  /** Return Offers where none of the related OfferVenueConnections match this filter */
  none?: OfferVenueConnectionWhere | null | undefined;
  /** Return Offers where one of the related OfferVenueConnections match this filter */
  single?: OfferVenueConnectionWhere | null | undefined;
  /** Return Offers where some of the related OfferVenueConnections match this filter */
  some?: OfferVenueConnectionWhere | null | undefined;
};

export type OfferVenueConnectionWhere = {
  AND?: Array<OfferVenueConnectionWhere> | null | undefined;
  NOT?: OfferVenueConnectionWhere | null | undefined;
  OR?: Array<OfferVenueConnectionWhere> | null | undefined;
  node?: MunicipalityWhere | null | undefined;
};

export type OfferVenueCreateFieldInput = {
  node: MunicipalityCreateInput;
};

export type OfferVenueDeleteFieldInput = {
  delete?: MunicipalityDeleteInput | null | undefined;
  where?: OfferVenueConnectionWhere | null | undefined;
};

export type OfferVenueDisconnectFieldInput = {
  disconnect?: MunicipalityDisconnectInput | null | undefined;
  where?: OfferVenueConnectionWhere | null | undefined;
};

export type OfferVenueFieldInput = {
  connect?: Array<OfferVenueConnectFieldInput> | null | undefined;
  create?: Array<OfferVenueCreateFieldInput> | null | undefined;
};

export type OfferVenueNodeAggregationWhereInput = {
  AND?: Array<OfferVenueNodeAggregationWhereInput> | null | undefined;
  NOT?: OfferVenueNodeAggregationWhereInput | null | undefined;
  OR?: Array<OfferVenueNodeAggregationWhereInput> | null | undefined;
  ags?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  newcomers?: IntScalarAggregationFilters | null | undefined;
  population?: IntScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type OfferVenueUpdateConnectionInput = {
  node?: MunicipalityUpdateInput | null | undefined;
  where?: OfferVenueConnectionWhere | null | undefined;
};

export type OfferVenueUpdateFieldInput = {
  connect?: Array<OfferVenueConnectFieldInput> | null | undefined;
  create?: Array<OfferVenueCreateFieldInput> | null | undefined;
  delete?: Array<OfferVenueDeleteFieldInput> | null | undefined;
  disconnect?: Array<OfferVenueDisconnectFieldInput> | null | undefined;
  update?: OfferVenueUpdateConnectionInput | null | undefined;
};

export type OfferWhere = {
  AND?: Array<OfferWhere> | null | undefined;
  NOT?: OfferWhere | null | undefined;
  OR?: Array<OfferWhere> | null | undefined;
  accessible?: BooleanScalarFilters | null | undefined;
  booked?: IntScalarFilters | null | undefined;
  capacity?: IntScalarFilters | null | undefined;
  category?: OfferCategoryEnumScalarFilters | null | undefined;
  childcare?: BooleanScalarFilters | null | undefined;
  cost?: FloatScalarFilters | null | undefined;
  costFree?: BooleanScalarFilters | null | undefined;
  courseType?: CourseTypeEnumScalarFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  description?: StringScalarFilters | null | undefined;
  endDate?: DateScalarFilters | null | undefined;
  externalId?: StringScalarFilters | null | undefined;
  format?: OfferFormatEnumScalarFilters | null | undefined;
  freePlaces?: IntScalarFilters | null | undefined;
  funders?: ActorRelationshipFilters | null | undefined;
  fundersConnection?: OfferFundersConnectionFilters | null | undefined;
  hoursTotal?: IntScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  languageLevelFrom?: CefrLevelEnumScalarFilters | null | undefined;
  languageLevelTo?: CefrLevelEnumScalarFilters | null | undefined;
  languages?: StringListFilters | null | undefined;
  location?: PointFilters | null | undefined;
  minGroupSize?: IntScalarFilters | null | undefined;
  provider?: ActorRelationshipFilters | null | undefined;
  providerConnection?: OfferProviderConnectionFilters | null | undefined;
  registrationDeadline?: DateScalarFilters | null | undefined;
  schedule?: StringScalarFilters | null | undefined;
  source?: StringScalarFilters | null | undefined;
  startDate?: DateScalarFilters | null | undefined;
  status?: OfferStatusEnumScalarFilters | null | undefined;
  targetGroups?: TargetGroupListEnumScalarFilters | null | undefined;
  title?: StringScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
  venue?: MunicipalityRelationshipFilters | null | undefined;
  venueConnection?: OfferVenueConnectionFilters | null | undefined;
  waitlist?: IntScalarFilters | null | undefined;
};

/** Distance filters */
export type PointDistanceFilters = {
  eq?: number | null | undefined;
  from: PointInput;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
};

/** Point filters */
export type PointFilters = {
  distance?: PointDistanceFilters | null | undefined;
  eq?: PointInput | null | undefined;
  in?: Array<PointInput> | null | undefined;
};

/** Input type for a point */
export type PointInput = {
  height?: number | null | undefined;
  latitude: number;
  longitude: number;
};

/** Point mutations */
export type PointMutations = {
  set?: PointInput | null | undefined;
};

export type RecommendationCode =
  /** Unmet demand although offers are in reach */
  | 'CAPACITY_SHORTFALL'
  /** Demand of parents or women and no offer with childcare in reach */
  | 'CHILDCARE_MISSING'
  /** Courses of one type in reach of each other starting within two weeks, neither full */
  | 'DATE_CONFLICT'
  /** An actor with no cooperation link */
  | 'ISOLATED_ACTOR'
  /** Demand and no offer of the category within the radius */
  | 'NO_OFFER_IN_REACH'
  /** Courses of one type and level in reach of each other, each below its minimum group size, that together reach it */
  | 'POOL_COURSE_STARTS'
  /** All places in reach of a municipality come from one provider */
  | 'SINGLE_PROVIDER'
  /** An offer not updated for more than 90 days */
  | 'STALE_OFFER'
  /** Persons over the target wait, or with no suitable start in reach */
  | 'START_NEW_COURSE';

export type SearchHitKind =
  | 'ACTOR'
  | 'MUNICIPALITY'
  | 'OFFER';

/** How a name matched the search text, folded: the whole name, its beginning, the beginnings of its words, or inside */
export type SearchMatch =
  | 'CONTAINS'
  | 'EXACT'
  | 'PREFIX'
  | 'WORDS';

export type SnapshotMunicipalityConnectionAggregateInput = {
  AND?: Array<SnapshotMunicipalityConnectionAggregateInput> | null | undefined;
  NOT?: SnapshotMunicipalityConnectionAggregateInput | null | undefined;
  OR?: Array<SnapshotMunicipalityConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: SnapshotMunicipalityNodeAggregationWhereInput | null | undefined;
};

export type SnapshotMunicipalityConnectionFilters = {
  /** Filter Snapshots by aggregating results on related SnapshotMunicipalityConnections */
  aggregate?: SnapshotMunicipalityConnectionAggregateInput | null | undefined;
  /** Return Snapshots where all of the related SnapshotMunicipalityConnections match this filter */
  all?: SnapshotMunicipalityConnectionWhere | null | undefined;
  /** Return Snapshots where none of the related SnapshotMunicipalityConnections match this filter */
  none?: SnapshotMunicipalityConnectionWhere | null | undefined;
  /** Return Snapshots where one of the related SnapshotMunicipalityConnections match this filter */
  single?: SnapshotMunicipalityConnectionWhere | null | undefined;
  /** Return Snapshots where some of the related SnapshotMunicipalityConnections match this filter */
  some?: SnapshotMunicipalityConnectionWhere | null | undefined;
};

export type SnapshotMunicipalityConnectionWhere = {
  AND?: Array<SnapshotMunicipalityConnectionWhere> | null | undefined;
  NOT?: SnapshotMunicipalityConnectionWhere | null | undefined;
  OR?: Array<SnapshotMunicipalityConnectionWhere> | null | undefined;
  node?: MunicipalityWhere | null | undefined;
};

export type SnapshotMunicipalityNodeAggregationWhereInput = {
  AND?: Array<SnapshotMunicipalityNodeAggregationWhereInput> | null | undefined;
  NOT?: SnapshotMunicipalityNodeAggregationWhereInput | null | undefined;
  OR?: Array<SnapshotMunicipalityNodeAggregationWhereInput> | null | undefined;
  ags?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  newcomers?: IntScalarAggregationFilters | null | undefined;
  population?: IntScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type SnapshotRelationshipFilters = {
  /** Filter type where all of the related Snapshots match this filter */
  all?: SnapshotWhere | null | undefined;
  /** Filter type where none of the related Snapshots match this filter */
  none?: SnapshotWhere | null | undefined;
  /** Filter type where one of the related Snapshots match this filter */
  single?: SnapshotWhere | null | undefined;
  /** Filter type where some of the related Snapshots match this filter */
  some?: SnapshotWhere | null | undefined;
};

export type SnapshotWhere = {
  AND?: Array<SnapshotWhere> | null | undefined;
  NOT?: SnapshotWhere | null | undefined;
  OR?: Array<SnapshotWhere> | null | undefined;
  accessibility?: FloatScalarFilters | null | undefined;
  booked?: IntScalarFilters | null | undefined;
  capacity?: IntScalarFilters | null | undefined;
  category?: OfferCategoryEnumScalarFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  date?: DateScalarFilters | null | undefined;
  demand?: IntScalarFilters | null | undefined;
  freePlaces?: IntScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  municipality?: MunicipalityRelationshipFilters | null | undefined;
  municipalityConnection?: SnapshotMunicipalityConnectionFilters | null | undefined;
  radiusKm?: FloatScalarFilters | null | undefined;
  unmet?: IntScalarFilters | null | undefined;
  waitlist?: IntScalarFilters | null | undefined;
};

/** String list filters */
export type StringListFilters = {
  eq?: Array<string> | null | undefined;
  includes?: string | null | undefined;
};

/** Filters for an aggregation of a string field */
export type StringScalarAggregationFilters = {
  averageLength?: FloatScalarFilters | null | undefined;
  longestLength?: IntScalarFilters | null | undefined;
  shortestLength?: IntScalarFilters | null | undefined;
};

/** String filters */
export type StringScalarFilters = {
  contains?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
  startsWith?: string | null | undefined;
};

/** String mutations */
export type StringScalarMutations = {
  set?: string | null | undefined;
};

export type SurveyAnswerStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'PARTLY_ACCEPTED'
  | 'SENT_BACK'
  | 'SUBMITTED';

export type SurveyAreaInput = {
  /** AGS of a municipality (8 digits) or Samtgemeinde (9 digits) */
  ags: string;
  /** Where the link goes (optional; else the municipal administration's e-mail in the data) */
  email?: string | null | undefined;
};

/** Where an area stands in a round */
export type SurveyAreaStatus =
  /** Accepted in whole or in part */
  | 'ACCEPTED'
  | 'DRAFT'
  /** No answer saved yet */
  | 'NOT_OPENED'
  /** Past the deadline and neither submitted nor accepted */
  | 'OVERDUE'
  | 'SENT_BACK'
  | 'SUBMITTED';

export type SurveyItemReview =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED';

export type SurveyRoundInput = {
  areas: Array<SurveyAreaInput>;
  categories: Array<OfferCategory>;
  contactEmail?: string | null | undefined;
  contactName: string;
  contactPhone?: string | null | undefined;
  deadline: string;
  /** 0 to 60; default 7 */
  graceDays?: number | null | undefined;
  message?: string | null | undefined;
  title: string;
};

export type SurveyRoundState =
  /** Closed by the coordinator: no link writes any more */
  | 'CLOSED'
  /** Links work until the deadline plus the grace days */
  | 'OPEN';

export type TargetDirection =
  /** The value should reach the target or more */
  | 'AT_LEAST'
  /** The value should stay at the target or below */
  | 'AT_MOST';

export type TargetGroup =
  | 'ACADEMICS'
  | 'ADULTS'
  | 'CHILDREN'
  | 'EMPLOYED'
  | 'ILLITERATE'
  | 'PARENTS'
  | 'UNACCOMPANIED_MINORS'
  | 'WOMEN'
  | 'YOUNG_ADULTS'
  | 'YOUTH';

/** TargetGroup filters */
export type TargetGroupEnumScalarFilters = {
  eq?: TargetGroup | null | undefined;
  in?: Array<TargetGroup> | null | undefined;
};

/** TargetGroup mutations */
export type TargetGroupEnumScalarMutations = {
  set?: TargetGroup | null | undefined;
};

/** TargetGroup filters */
export type TargetGroupListEnumScalarFilters = {
  eq?: Array<TargetGroup> | null | undefined;
  includes?: TargetGroup | null | undefined;
};

/** Mutations for a list for TargetGroup */
export type TargetGroupListEnumScalarMutations = {
  pop?: TargetGroup | null | undefined;
  push?: Array<TargetGroup> | null | undefined;
  set?: Array<TargetGroup> | null | undefined;
};

export type TargetState =
  /** Missed by at most the tolerance (INDICATOR_TARGET_TOLERANCE of the target) */
  | 'CLOSE'
  | 'MET'
  | 'MISSED'
  /** No value to compare */
  | 'NO_VALUE';

/** Why persons of a need have no suitable start, in the order they are checked */
export type UnplacedReason =
  /** Suitable courses start after asOf, but their places are booked or went to older needs */
  | 'ALL_FULL'
  /** Courses for the target group in reach, but none with the childcare the group needs */
  | 'NO_CHILDCARE'
  /** Courses in reach, but none open to the need's target group */
  | 'NO_COURSE_FOR_TARGET_GROUP'
  /** No course of the category within the radius, at any date */
  | 'NO_COURSE_IN_REACH'
  /** Suitable courses in reach have all started before asOf */
  | 'NO_START_AFTER_AS_OF';

export type CoverageGapsQueryVariables = Exact<{
  category: OfferCategory;
  districtAgs: string;
  radiusKm: number;
}>;


export type CoverageGapsQuery = { coverageGaps: { category: OfferCategory, radiusKm: number, asOf: string, area: { name: string, demand: number, unmet: number, coverage: number, severity: GapSeverity }, municipalities: Array<{ ags: string, name: string, kind: MunicipalityKind, samtgemeindeAgs: string | null, samtgemeindeName: string | null, latitude: number | null, longitude: number | null, demand: number, freePlacesInReach: number, accessibility: number, coverage: number, unmet: number, severity: GapSeverity, nearestOfferKm: number | null, offersInReach: number, offerIdsInReach: Array<string>, needIds: Array<string>, located: boolean, nearestOffer: { id: string, title: string, providerName: string | null } | null }>, samtgemeinden: Array<{ ags: string, name: string, demand: number, unmet: number, severity: GapSeverity }>, onlineOffers: Array<{ id: string, title: string, providerName: string | null }> } };

export type RecommendationsQueryVariables = Exact<{
  districtAgs: string;
  radiusKm: number;
}>;


export type RecommendationsQuery = { recommendations: Array<{ id: string, code: RecommendationCode, rank: number, persons: number, category: OfferCategory | null, municipalityAgs: string | null, municipalityName: string | null, textDe: string, textEn: string, offerIds: Array<string>, actorIds: Array<string>, needIds: Array<string>, networkIds: Array<string>, figures: Array<{ name: string, value: number }> }> };

export type BorderOffersQueryVariables = Exact<{
  districtAgs: string;
  radiusKm: number;
}>;


export type BorderOffersQuery = { offersAcrossBorder: Array<{ id: string, title: string, category: OfferCategory, courseType: CourseType | null, status: OfferStatus, format: OfferFormat, capacity: number | null, booked: number | null, waitlist: number | null, freePlaces: number | null, startDate: string | null, targetGroups: Array<TargetGroup> | null, childcare: boolean | null, venue: Array<{ ags: string, name: string, location: { latitude: number, longitude: number } | null, district: Array<{ ags: string, name: string }> }>, provider: Array<{ id: string, name: string, municipality: Array<{ ags: string, name: string, district: Array<{ ags: string, name: string }> }> }>, location: { latitude: number, longitude: number } | null }> };

export type CourseCalendarQueryVariables = Exact<{
  districtAgs: string;
  from: string;
  to: string;
  categories?: Array<OfferCategory> | OfferCategory | null | undefined;
}>;


export type CourseCalendarQuery = { courseCalendar: Array<{ id: string, title: string, category: OfferCategory, courseType: CourseType | null, languageLevelFrom: CefrLevel | null, languageLevelTo: CefrLevel | null, targetGroups: Array<TargetGroup> | null, childcare: boolean | null, status: OfferStatus, providerId: string | null, providerName: string | null, venueAgs: string | null, venueName: string | null, samtgemeindeAgs: string | null, startDate: string | null, endDate: string | null, registrations: number | null, capacity: number | null, minGroupSize: number, maxGroupSize: number, fillRate: number | null, canStart: boolean, placesToMinimum: number }> };

export type WaitingTimesQueryVariables = Exact<{
  districtAgs: string;
  category: OfferCategory;
  radiusKm: number;
}>;


export type WaitingTimesQuery = { waitingTimes: { category: OfferCategory, asOf: string, radiusKm: number, targetWeeks: number, area: { ags: string, name: string, waiting: number, placed: number, medianWeeks: number | null, p90Weeks: number | null, noSuitableStart: number, overTarget: number }, municipalities: Array<{ ags: string, name: string, waiting: number, placed: number, medianWeeks: number | null, p90Weeks: number | null, noSuitableStart: number, overTarget: number }>, samtgemeinden: Array<{ ags: string, name: string, waiting: number, placed: number, medianWeeks: number | null, p90Weeks: number | null, noSuitableStart: number, overTarget: number }>, needs: Array<{ needId: string, municipalityAgs: string, persons: number, reportedAt: string, targetGroup: TargetGroup | null, unplaced: number, unplacedReason: UnplacedReason | null, placements: Array<{ courseId: string, persons: number, startDate: string, weeks: number, distanceKm: number }> }> } };

export type ActorDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ActorDetailsQuery = { actors: Array<{ id: string, name: string, kind: ActorKind, description: string | null, address: string | null, postcode: string | null, city: string | null, phone: string | null, email: string | null, website: string | null, languages: Array<string> | null, updatedAt: string, memberships: Array<{ id: string, name: string, kind: NetworkKind, cadence: Cadence | null }>, municipality: Array<{ ags: string, name: string }>, serves: Array<{ ags: string, name: string }>, offers: Array<{ id: string, title: string, category: OfferCategory, status: OfferStatus, freePlaces: number | null }>, cooperatesWithConnection: { edges: Array<{ properties: { kind: CooperationKind, strength: number | null, since: string | null, until: string | null }, node: { id: string, name: string, kind: ActorKind } }> }, cooperatedWithByConnection: { edges: Array<{ properties: { kind: CooperationKind, strength: number | null, since: string | null, until: string | null }, node: { id: string, name: string, kind: ActorKind } }> } }> };

export type OfferDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferDetailsQuery = { offers: Array<{ id: string, title: string, description: string | null, category: OfferCategory, courseType: CourseType | null, languageLevelFrom: CefrLevel | null, languageLevelTo: CefrLevel | null, targetGroups: Array<TargetGroup> | null, capacity: number | null, booked: number | null, waitlist: number | null, freePlaces: number | null, minGroupSize: number | null, startDate: string | null, endDate: string | null, registrationDeadline: string | null, schedule: string | null, hoursTotal: number | null, format: OfferFormat, childcare: boolean | null, costFree: boolean | null, cost: number | null, languages: Array<string> | null, accessible: boolean | null, status: OfferStatus, updatedAt: string, venue: Array<{ ags: string, name: string }>, provider: Array<{ id: string, name: string, kind: ActorKind }>, funders: Array<{ id: string, name: string }> }> };

export type NeedsByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NeedsByIdsQuery = { needs: Array<{ id: string, category: OfferCategory, targetGroup: TargetGroup | null, languageLevel: CefrLevel | null, persons: number, reportedAt: string, source: NeedSource, status: NeedStatus, note: string | null, municipality: Array<{ ags: string, name: string }> }> };

export type DistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictsQuery = { districts: Array<{ ags: string, name: string, state: string, municipalitiesConnection: { aggregate: { count: { nodes: number } } } }> };

export type DistrictGraphQueryVariables = Exact<{
  districtAgs: string;
  offset?: number | null | undefined;
}>;


export type DistrictGraphQuery = { municipalities: Array<{ ags: string, name: string, kind: MunicipalityKind, population: number | null, newcomers: number | null, location: { latitude: number, longitude: number } | null, memberOf: Array<{ ags: string, name: string }> }>, actors: Array<{ id: string, name: string, kind: ActorKind, city: string | null, municipality: Array<{ ags: string, name: string }>, cooperatesWithConnection: { edges: Array<{ properties: { kind: CooperationKind, strength: number | null, until: string | null }, node: { id: string } }> } }>, offers: Array<{ id: string, title: string, category: OfferCategory, courseType: CourseType | null, status: OfferStatus, format: OfferFormat, capacity: number | null, booked: number | null, waitlist: number | null, freePlaces: number | null, startDate: string | null, targetGroups: Array<TargetGroup> | null, childcare: boolean | null, location: { latitude: number, longitude: number } | null, venue: Array<{ ags: string, name: string }>, provider: Array<{ id: string, name: string }> }>, networkAnalysis: { actorCount: number, linkCount: number, density: number | null, componentCount: number, isolatedCount: number, brokerCount: number, communityCount: number, actors: Array<{ id: string, degree: number, betweenness: number | null, isolated: boolean, broker: boolean, communityId: number | null }> }, networkLayout: { positions: Array<{ actorId: string, x: number, y: number }> } };

export type EditActorQueryVariables = Exact<{
  id: string | number;
}>;


export type EditActorQuery = { actors: Array<{ id: string, name: string, kind: ActorKind, description: string | null, address: string | null, postcode: string | null, city: string | null, phone: string | null, email: string | null, website: string | null, languages: Array<string> | null, updatedAt: string, location: { latitude: number, longitude: number } | null, municipality: Array<{ ags: string, name: string }>, serves: Array<{ ags: string, name: string }> }> };

export type ActorDeletionImpactQueryVariables = Exact<{
  id: string | number;
}>;


export type ActorDeletionImpactQuery = { actors: Array<{ id: string, name: string, updatedAt: string, offers: Array<{ id: string, title: string }>, cooperatesWith: Array<{ id: string, name: string }>, cooperatedWithBy: Array<{ id: string, name: string }>, memberships: Array<{ id: string, name: string }>, reportedNeedsConnection: { aggregate: { count: { nodes: number } } } }> };

export type EditOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type EditOfferQuery = { offers: Array<{ id: string, title: string, description: string | null, category: OfferCategory, courseType: CourseType | null, languageLevelFrom: CefrLevel | null, languageLevelTo: CefrLevel | null, targetGroups: Array<TargetGroup> | null, capacity: number | null, booked: number | null, waitlist: number | null, minGroupSize: number | null, startDate: string | null, endDate: string | null, registrationDeadline: string | null, schedule: string | null, hoursTotal: number | null, format: OfferFormat, childcare: boolean | null, costFree: boolean | null, cost: number | null, languages: Array<string> | null, accessible: boolean | null, status: OfferStatus, updatedAt: string, location: { latitude: number, longitude: number } | null, provider: Array<{ id: string, name: string }>, venue: Array<{ ags: string, name: string }>, funders: Array<{ id: string, name: string }> }> };

export type EditNeedQueryVariables = Exact<{
  id: string | number;
}>;


export type EditNeedQuery = { needs: Array<{ id: string, category: OfferCategory, targetGroup: TargetGroup | null, languageLevel: CefrLevel | null, persons: number, reportedAt: string, source: NeedSource, status: NeedStatus, note: string | null, updatedAt: string, municipality: Array<{ ags: string, name: string }>, reportedBy: Array<{ id: string, name: string }> }> };

export type EditCooperationQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type EditCooperationQuery = { actors: Array<{ id: string, name: string, updatedAt: string, cooperatesWithConnection: { edges: Array<{ properties: { kind: CooperationKind, since: string | null, until: string | null, strength: number | null, note: string | null }, node: { id: string, name: string } }> } }> };

export type DistrictNetworksQueryVariables = Exact<{
  districtAgs: string;
}>;


export type DistrictNetworksQuery = { networks: Array<{ id: string, name: string, kind: NetworkKind, meetings: Array<{ id: string, date: string, topic: string | null }> }> };

export type EditNetworkQueryVariables = Exact<{
  id: string | number;
}>;


export type EditNetworkQuery = { networks: Array<{ id: string, name: string, kind: NetworkKind, cadence: Cadence | null, description: string | null, updatedAt: string, coordinator: Array<{ id: string, name: string }>, members: Array<{ id: string, name: string }> }> };

export type EditMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type EditMeetingQuery = { meetings: Array<{ id: string, date: string, topic: string | null, place: string | null, updatedAt: string, network: Array<{ id: string, name: string }>, attendees: Array<{ id: string, name: string }> }> };

export type DistrictNeedsQueryVariables = Exact<{
  districtAgs: string;
}>;


export type DistrictNeedsQuery = { needs: Array<{ id: string, category: OfferCategory, persons: number, reportedAt: string, status: NeedStatus, municipality: Array<{ ags: string, name: string }> }> };

export type CreateActorMutationVariables = Exact<{
  input: Array<ActorCreateInput> | ActorCreateInput;
}>;


export type CreateActorMutation = { createActors: { actors: Array<{ id: string }> } };

export type UpdateActorMutationVariables = Exact<{
  id: string | number;
  update: ActorUpdateInput;
  version?: string | null | undefined;
}>;


export type UpdateActorMutation = { updateActors: { actors: Array<{ id: string, updatedAt: string }> } };

export type DeleteActorMutationVariables = Exact<{
  id: string | number;
  version?: string | null | undefined;
  delete?: ActorDeleteInput | null | undefined;
}>;


export type DeleteActorMutation = { deleteActors: { nodesDeleted: number } };

export type CreateOfferMutationVariables = Exact<{
  input: Array<OfferCreateInput> | OfferCreateInput;
}>;


export type CreateOfferMutation = { createOffers: { offers: Array<{ id: string }> } };

export type UpdateOfferMutationVariables = Exact<{
  id: string | number;
  update: OfferUpdateInput;
  version?: string | null | undefined;
}>;


export type UpdateOfferMutation = { updateOffers: { offers: Array<{ id: string, updatedAt: string }> } };

export type DeleteOfferMutationVariables = Exact<{
  id: string | number;
  version?: string | null | undefined;
}>;


export type DeleteOfferMutation = { deleteOffers: { nodesDeleted: number } };

export type CreateNeedMutationVariables = Exact<{
  input: Array<NeedCreateInput> | NeedCreateInput;
}>;


export type CreateNeedMutation = { createNeeds: { needs: Array<{ id: string }> } };

export type UpdateNeedMutationVariables = Exact<{
  id: string | number;
  update: NeedUpdateInput;
  version?: string | null | undefined;
}>;


export type UpdateNeedMutation = { updateNeeds: { needs: Array<{ id: string, updatedAt: string }> } };

export type DeleteNeedMutationVariables = Exact<{
  id: string | number;
  version?: string | null | undefined;
}>;


export type DeleteNeedMutation = { deleteNeeds: { nodesDeleted: number } };

export type CreateNetworkMutationVariables = Exact<{
  input: Array<NetworkCreateInput> | NetworkCreateInput;
}>;


export type CreateNetworkMutation = { createNetworks: { networks: Array<{ id: string }> } };

export type UpdateNetworkMutationVariables = Exact<{
  id: string | number;
  update: NetworkUpdateInput;
  version?: string | null | undefined;
}>;


export type UpdateNetworkMutation = { updateNetworks: { networks: Array<{ id: string, updatedAt: string }> } };

export type DeleteNetworkMutationVariables = Exact<{
  id: string | number;
  version?: string | null | undefined;
  delete?: NetworkDeleteInput | null | undefined;
}>;


export type DeleteNetworkMutation = { deleteNetworks: { nodesDeleted: number } };

export type CreateMeetingMutationVariables = Exact<{
  input: Array<MeetingCreateInput> | MeetingCreateInput;
}>;


export type CreateMeetingMutation = { createMeetings: { meetings: Array<{ id: string }> } };

export type UpdateMeetingMutationVariables = Exact<{
  id: string | number;
  update: MeetingUpdateInput;
  version?: string | null | undefined;
}>;


export type UpdateMeetingMutation = { updateMeetings: { meetings: Array<{ id: string, updatedAt: string }> } };

export type DeleteMeetingMutationVariables = Exact<{
  id: string | number;
  version?: string | null | undefined;
}>;


export type DeleteMeetingMutation = { deleteMeetings: { nodesDeleted: number } };

export type EntityHistoryQueryVariables = Exact<{
  entityId: string;
}>;


export type EntityHistoryQuery = { changes: Array<{ id: string, at: string, origin: string, entity: string, entityId: string, operation: ChangeOperation, undoOf: string | null, before: string | null, after: string | null, author: { id: string, name: string, role: string, via: string } }> };

export type UndoChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type UndoChangeMutation = { undoChange: Array<{ id: string, operation: ChangeOperation }> };

export type DeletedEntitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeletedEntitiesQuery = { deletedEntities: Array<{ id: string, entity: string, entityId: string, name: string | null, deletedAt: string, deletedBy: string, restorableUntil: string }> };

export type RestoreDeletedMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreDeletedMutation = { restoreDeleted: Array<{ id: string, entity: string, entityId: string }> };

export type PartnerConflictsQueryVariables = Exact<{
  status?: OfferConflictStatus | null | undefined;
}>;


export type PartnerConflictsQuery = { offerConflicts: Array<{ id: string, offerId: string, offerTitle: string | null, source: string, field: string, partnerValue: string | null, coordinatorValue: string | null, status: OfferConflictStatus, detectedAt: string, resolvedAt: string | null, resolvedBy: string | null }> };

export type ResolvePartnerConflictMutationVariables = Exact<{
  id: string | number;
  resolution: OfferConflictResolution;
}>;


export type ResolvePartnerConflictMutation = { resolveOfferConflicts: Array<{ id: string, status: OfferConflictStatus, resolvedAt: string | null, resolvedBy: string | null }> };

export type IndicatorRankingQueryVariables = Exact<{
  districtAgs: string;
  category: OfferCategory;
  indicator: Indicator;
  month?: string | null | undefined;
}>;


export type IndicatorRankingQuery = { indicatorRanking: Array<{ rank: number | null, areaAgs: string, areaName: string, areaKind: MonitoringAreaKind, improvement: number | null, value: { indicator: Indicator, value: number | null, reason: IndicatorHiddenReason | null, direction: TargetDirection, yearBefore: number | null, yearBeforeReason: IndicatorHiddenReason | null, change: number | null } }> };

export type MonitoringSeriesQueryVariables = Exact<{
  districtAgs?: string | null | undefined;
  samtgemeindeAgs?: string | null | undefined;
  municipalityAgs?: string | null | undefined;
  from?: string | null | undefined;
}>;


export type MonitoringSeriesQuery = { monitoringSeries: Array<{ category: OfferCategory, areaAgs: string, areaName: string, areaKind: MonitoringAreaKind, points: Array<{ date: string, demand: number, unmet: number, coverage: number, accessibility: number | null, freePlaces: number, capacity: number, booked: number, waitlist: number, fillRate: number | null, municipalities: number }> }> };

export type MonitoringIndicatorsQueryVariables = Exact<{
  districtAgs?: string | null | undefined;
  samtgemeindeAgs?: string | null | undefined;
  municipalityAgs?: string | null | undefined;
  categories?: Array<OfferCategory> | OfferCategory | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type MonitoringIndicatorsQuery = { indicators: Array<{ areaAgs: string, areaName: string, areaKind: MonitoringAreaKind, category: OfferCategory, month: string, source: IndicatorSource, values: Array<{ indicator: Indicator, value: number | null, reason: IndicatorHiddenReason | null, basis: number | null, target: number, direction: TargetDirection, state: TargetState, yearBefore: number | null, yearBeforeReason: IndicatorHiddenReason | null, change: number | null, towardTarget: boolean | null }> }> };

export type DecisionEffectsQueryVariables = Exact<{
  districtAgs?: string | null | undefined;
  months?: number | null | undefined;
}>;


export type DecisionEffectsQuery = { decisionEffects: Array<{ decisionId: string, text: string, status: DecisionStatus, meetingDate: string | null, dueDate: string | null, areaAgs: string | null, areaName: string | null, category: OfferCategory | null, indicator: Indicator | null, months: number, beforeFrom: string | null, beforeTo: string | null, afterFrom: string | null, afterTo: string | null, before: number | null, beforeReason: IndicatorHiddenReason | null, after: number | null, afterReason: IndicatorHiddenReason | null, target: number | null, direction: TargetDirection | null, effect: DecisionEffectKind }> };

export type SaveNetworkLayoutMutationVariables = Exact<{
  districtAgs: string;
  positions: Array<ActorPositionInput> | ActorPositionInput;
}>;


export type SaveNetworkLayoutMutation = { saveNetworkLayout: { updatedAt: string | null } };

export type ResetNetworkLayoutMutationVariables = Exact<{
  districtAgs: string;
}>;


export type ResetNetworkLayoutMutation = { resetNetworkLayout: { districtAgs: string } };

export type AreaOutlinesQueryVariables = Exact<{
  districtAgs: string;
}>;


export type AreaOutlinesQuery = { areaOutlines: { attribution: string | null, features: Array<{ ags: string, level: string, name: string, geometry: string }> } };

export type ProviderRoundQueryVariables = Exact<{
  districtAgs: string;
}>;


export type ProviderRoundQuery = { networks: Array<{ id: string, name: string, membersConnection: { aggregate: { count: { nodes: number } } }, meetings: Array<{ id: string, date: string, topic: string | null, decisions: Array<{ id: string, text: string, status: DecisionStatus, dueDate: string | null, responsible: Array<{ id: string, name: string }> }> }> }> };

export type RecordDecisionMutationVariables = Exact<{
  input: Array<DecisionCreateInput> | DecisionCreateInput;
}>;


export type RecordDecisionMutation = { createDecisions: { decisions: Array<{ id: string }> } };

export type SetDecisionStatusMutationVariables = Exact<{
  id: string | number;
  status: DecisionStatus;
}>;


export type SetDecisionStatusMutation = { updateDecisions: { decisions: Array<{ id: string, status: DecisionStatus }> } };

export type PublicDistrictGraphQueryVariables = Exact<{
  districtAgs: string;
  offset?: number | null | undefined;
}>;


export type PublicDistrictGraphQuery = { municipalities: Array<{ ags: string, name: string, kind: MunicipalityKind, population: number | null, newcomers: number | null, location: { latitude: number, longitude: number } | null, memberOf: Array<{ ags: string, name: string }> }>, actors: Array<{ id: string, name: string, kind: ActorKind, city: string | null, municipality: Array<{ ags: string, name: string }>, cooperatesWithConnection: { edges: Array<{ properties: { kind: CooperationKind, strength: number | null, until: string | null }, node: { id: string } }> } }>, offers: Array<{ id: string, title: string, category: OfferCategory, courseType: CourseType | null, status: OfferStatus, format: OfferFormat, capacity: number | null, booked: number | null, waitlist: number | null, freePlaces: number | null, startDate: string | null, targetGroups: Array<TargetGroup> | null, childcare: boolean | null, location: { latitude: number, longitude: number } | null, venue: Array<{ ags: string, name: string }>, provider: Array<{ id: string, name: string }> }> };

export type PublicActorDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicActorDetailsQuery = { actors: Array<{ id: string, name: string, kind: ActorKind, description: string | null, address: string | null, postcode: string | null, city: string | null, phone: string | null, email: string | null, website: string | null, languages: Array<string> | null, updatedAt: string, municipality: Array<{ ags: string, name: string }>, serves: Array<{ ags: string, name: string }>, offers: Array<{ id: string, title: string, category: OfferCategory, status: OfferStatus, freePlaces: number | null }>, cooperatesWithConnection: { edges: Array<{ properties: { kind: CooperationKind, strength: number | null, since: string | null, until: string | null }, node: { id: string, name: string, kind: ActorKind } }> }, cooperatedWithByConnection: { edges: Array<{ properties: { kind: CooperationKind, strength: number | null, since: string | null, until: string | null }, node: { id: string, name: string, kind: ActorKind } }> } }> };

export type MapMunicipalityFragment = { ags: string, name: string, kind: MunicipalityKind, population: number | null, newcomers: number | null, location: { latitude: number, longitude: number } | null, memberOf: Array<{ ags: string, name: string }> };

export type GraphActorFragment = { id: string, name: string, kind: ActorKind, city: string | null, municipality: Array<{ ags: string, name: string }>, cooperatesWithConnection: { edges: Array<{ properties: { kind: CooperationKind, strength: number | null, until: string | null }, node: { id: string } }> } };

export type GraphOfferFragment = { id: string, title: string, category: OfferCategory, courseType: CourseType | null, status: OfferStatus, format: OfferFormat, capacity: number | null, booked: number | null, waitlist: number | null, freePlaces: number | null, startDate: string | null, targetGroups: Array<TargetGroup> | null, childcare: boolean | null, location: { latitude: number, longitude: number } | null, venue: Array<{ ags: string, name: string }>, provider: Array<{ id: string, name: string }> };

export type PublicActorFieldsFragment = { id: string, name: string, kind: ActorKind, description: string | null, address: string | null, postcode: string | null, city: string | null, phone: string | null, email: string | null, website: string | null, languages: Array<string> | null, updatedAt: string, municipality: Array<{ ags: string, name: string }>, serves: Array<{ ags: string, name: string }>, offers: Array<{ id: string, title: string, category: OfferCategory, status: OfferStatus, freePlaces: number | null }>, cooperatesWithConnection: { edges: Array<{ properties: { kind: CooperationKind, strength: number | null, since: string | null, until: string | null }, node: { id: string, name: string, kind: ActorKind } }> }, cooperatedWithByConnection: { edges: Array<{ properties: { kind: CooperationKind, strength: number | null, since: string | null, until: string | null }, node: { id: string, name: string, kind: ActorKind } }> } };

export type FindInDistrictQueryVariables = Exact<{
  districtAgs: string;
  text: string;
}>;


export type FindInDistrictQuery = { findInDistrict: Array<{ kind: SearchHitKind, id: string, label: string, match: SearchMatch, municipalityKind: MunicipalityKind | null, actorKind: ActorKind | null, category: OfferCategory | null, municipality: string | null, provider: string | null, startDate: string | null }> };

export type SurveyRoundFieldsFragment = { id: string, title: string, deadline: string, graceDays: number, closesOn: string, categories: Array<OfferCategory>, message: string | null, contactName: string, contactEmail: string | null, contactPhone: string | null, state: SurveyRoundState, startedAt: string, areas: Array<{ ags: string, name: string, kind: string, email: string | null, status: SurveyAreaStatus, answerId: string | null, openedAt: string | null, submittedAt: string | null, linkExpiresAt: string | null, linkRevoked: boolean }> };

export type IssuedSurveyLinkFragment = { areaAgs: string, areaName: string, token: string, url: string, expiresAt: string, mailto: string };

export type SurveyRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyRoundsQuery = { surveyRounds: Array<{ id: string, title: string, deadline: string, graceDays: number, closesOn: string, categories: Array<OfferCategory>, message: string | null, contactName: string, contactEmail: string | null, contactPhone: string | null, state: SurveyRoundState, startedAt: string, areas: Array<{ ags: string, name: string, kind: string, email: string | null, status: SurveyAreaStatus, answerId: string | null, openedAt: string | null, submittedAt: string | null, linkExpiresAt: string | null, linkRevoked: boolean }> }> };

export type CompareSurveyAnswerQueryVariables = Exact<{
  answerId: string | number;
}>;


export type CompareSurveyAnswerQuery = { compareSurveyAnswer: { answer: { id: string, roundId: string, areaAgs: string, areaName: string, status: SurveyAnswerStatus, freeText: string | null, reviewComment: string | null, savedAt: string, submittedAt: string | null, reviewedAt: string | null, reviewedBy: string | null, needs: Array<{ id: string, municipalityAgs: string, category: OfferCategory, targetGroup: TargetGroup | null, persons: number, note: string | null, review: SurveyItemReview }>, offers: Array<{ id: string, initiativeName: string, offerTitle: string, contactRole: string | null, category: OfferCategory, targetGroups: Array<TargetGroup>, schedule: string | null, place: string | null, municipalityAgs: string, languages: Array<string>, freePlaces: number | null, review: SurveyItemReview }> }, needs: Array<{ itemId: string, municipalityAgs: string, category: OfferCategory, targetGroup: TargetGroup | null, currentPersons: number, proposedPersons: number, difference: number, review: SurveyItemReview }>, offers: Array<{ itemId: string, initiativeName: string, offerTitle: string, existingActorId: string | null, existingOfferId: string | null, changedFields: Array<string>, review: SurveyItemReview }> } };

export type StartSurveyRoundMutationVariables = Exact<{
  input: SurveyRoundInput;
}>;


export type StartSurveyRoundMutation = { startSurveyRound: { round: { id: string, title: string, deadline: string, graceDays: number, closesOn: string, categories: Array<OfferCategory>, message: string | null, contactName: string, contactEmail: string | null, contactPhone: string | null, state: SurveyRoundState, startedAt: string, areas: Array<{ ags: string, name: string, kind: string, email: string | null, status: SurveyAreaStatus, answerId: string | null, openedAt: string | null, submittedAt: string | null, linkExpiresAt: string | null, linkRevoked: boolean }> }, links: Array<{ areaAgs: string, areaName: string, token: string, url: string, expiresAt: string, mailto: string }> } };

export type CloseSurveyRoundMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseSurveyRoundMutation = { closeSurveyRound: { id: string, state: SurveyRoundState } };

export type RenewSurveyLinksMutationVariables = Exact<{
  roundId: string | number;
  areaAgs?: Array<string> | string | null | undefined;
}>;


export type RenewSurveyLinksMutation = { renewSurveyLinks: Array<{ areaAgs: string, areaName: string, token: string, url: string, expiresAt: string, mailto: string }> };

export type RemindSurveyAreasMutationVariables = Exact<{
  roundId: string | number;
  areaAgs?: Array<string> | string | null | undefined;
}>;


export type RemindSurveyAreasMutation = { remindSurveyAreas: Array<{ areaAgs: string, areaName: string, token: string, url: string, expiresAt: string, mailto: string }> };

export type RevokeSurveyLinkMutationVariables = Exact<{
  roundId: string | number;
  areaAgs: string;
}>;


export type RevokeSurveyLinkMutation = { revokeSurveyLink: { id: string } };

export type AcceptSurveyAnswerMutationVariables = Exact<{
  answerId: string | number;
  itemIds?: Array<string | number> | string | number | null | undefined;
  comment?: string | null | undefined;
}>;


export type AcceptSurveyAnswerMutation = { acceptSurveyAnswer: { id: string, status: SurveyAnswerStatus } };

export type SendBackSurveyAnswerMutationVariables = Exact<{
  answerId: string | number;
  comment: string;
}>;


export type SendBackSurveyAnswerMutation = { sendBackSurveyAnswer: { id: string, status: SurveyAnswerStatus } };

export const MapMunicipalityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MapMunicipality"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"newcomers"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MapMunicipalityFragment, unknown>;
export const GraphActorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperatesWithConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraphActorFragment, unknown>;
export const GraphOfferFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphOffer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"courseType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"childcare"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GraphOfferFragment, unknown>;
export const PublicActorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicActorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperatesWithConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperatedWithByConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicActorFieldsFragment, unknown>;
export const SurveyRoundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"graceDays"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkRevoked"}}]}}]}}]} as unknown as DocumentNode<SurveyRoundFieldsFragment, unknown>;
export const IssuedSurveyLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssuedSurveyLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyLinkIssued"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaAgs"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mailto"}}]}}]} as unknown as DocumentNode<IssuedSurveyLinkFragment, unknown>;
export const CoverageGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferCategory"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radiusKm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"districtAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}},{"kind":"Argument","name":{"kind":"Name","value":"radiusKm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radiusKm"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"radiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"demand"}},{"kind":"Field","name":{"kind":"Name","value":"unmet"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"samtgemeindeAgs"}},{"kind":"Field","name":{"kind":"Name","value":"samtgemeindeName"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"demand"}},{"kind":"Field","name":{"kind":"Name","value":"freePlacesInReach"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"unmet"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"nearestOfferKm"}},{"kind":"Field","name":{"kind":"Name","value":"nearestOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offersInReach"}},{"kind":"Field","name":{"kind":"Name","value":"offerIdsInReach"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"located"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samtgemeinden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"demand"}},{"kind":"Field","name":{"kind":"Name","value":"unmet"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}}]}}]}}]}}]} as unknown as DocumentNode<CoverageGapsQuery, CoverageGapsQueryVariables>;
export const RecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Recommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radiusKm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}},{"kind":"Argument","name":{"kind":"Name","value":"radiusKm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radiusKm"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityAgs"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"textDe"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerIds"}},{"kind":"Field","name":{"kind":"Name","value":"actorIds"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"networkIds"}}]}}]}}]} as unknown as DocumentNode<RecommendationsQuery, RecommendationsQueryVariables>;
export const BorderOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BorderOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radiusKm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offersAcrossBorder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}},{"kind":"Argument","name":{"kind":"Name","value":"radiusKm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radiusKm"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphOffer"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphOffer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"courseType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"childcare"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BorderOffersQuery, BorderOffersQueryVariables>;
export const CourseCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categories"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferCategory"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"categories"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categories"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"courseType"}},{"kind":"Field","name":{"kind":"Name","value":"languageLevelFrom"}},{"kind":"Field","name":{"kind":"Name","value":"languageLevelTo"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"childcare"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"venueAgs"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"samtgemeindeAgs"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"minGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"fillRate"}},{"kind":"Field","name":{"kind":"Name","value":"canStart"}},{"kind":"Field","name":{"kind":"Name","value":"placesToMinimum"}}]}}]}}]} as unknown as DocumentNode<CourseCalendarQuery, CourseCalendarQueryVariables>;
export const WaitingTimesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WaitingTimes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferCategory"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radiusKm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitingTimes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"radiusKm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radiusKm"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"radiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"placed"}},{"kind":"Field","name":{"kind":"Name","value":"medianWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"p90Weeks"}},{"kind":"Field","name":{"kind":"Name","value":"noSuitableStart"}},{"kind":"Field","name":{"kind":"Name","value":"overTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"placed"}},{"kind":"Field","name":{"kind":"Name","value":"medianWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"p90Weeks"}},{"kind":"Field","name":{"kind":"Name","value":"noSuitableStart"}},{"kind":"Field","name":{"kind":"Name","value":"overTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samtgemeinden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"placed"}},{"kind":"Field","name":{"kind":"Name","value":"medianWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"p90Weeks"}},{"kind":"Field","name":{"kind":"Name","value":"noSuitableStart"}},{"kind":"Field","name":{"kind":"Name","value":"overTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityAgs"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseId"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"}},{"kind":"Field","name":{"kind":"Name","value":"unplacedReason"}}]}}]}}]}}]} as unknown as DocumentNode<WaitingTimesQuery, WaitingTimesQueryVariables>;
export const ActorDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicActorFields"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cadence"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicActorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperatesWithConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperatedWithByConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActorDetailsQuery, ActorDetailsQueryVariables>;
export const OfferDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"courseType"}},{"kind":"Field","name":{"kind":"Name","value":"languageLevelFrom"}},{"kind":"Field","name":{"kind":"Name","value":"languageLevelTo"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"minGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"hoursTotal"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"childcare"}},{"kind":"Field","name":{"kind":"Name","value":"costFree"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessible"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OfferDetailsQuery, OfferDetailsQueryVariables>;
export const NeedsByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedsByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"persons"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"languageLevel"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NeedsByIdsQuery, NeedsByIdsQueryVariables>;
export const DistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"municipalitiesConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictsQuery, DistrictsQueryVariables>;
export const DistrictGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"district"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ags"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}}]}}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MapMunicipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"municipality"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"district"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ags"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}}]}}]}}]}}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"OR"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"venue"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"district"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ags"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}}]}}]}}]}}]}}]}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provider"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"municipality"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"district"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ags"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}}]}}]}}]}}]}}]}}]}}]}}]}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"EnumValue","value":"ASC"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphOffer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actorCount"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"componentCount"}},{"kind":"Field","name":{"kind":"Name","value":"isolatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"brokerCount"}},{"kind":"Field","name":{"kind":"Name","value":"communityCount"}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"isolated"}},{"kind":"Field","name":{"kind":"Name","value":"broker"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkLayout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MapMunicipality"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"newcomers"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperatesWithConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphOffer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"courseType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"childcare"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DistrictGraphQuery, DistrictGraphQueryVariables>;
export const EditActorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditActor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EditActorQuery, EditActorQueryVariables>;
export const ActorDeletionImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorDeletionImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperatesWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperatedWithBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedNeedsConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActorDeletionImpactQuery, ActorDeletionImpactQueryVariables>;
export const EditOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"courseType"}},{"kind":"Field","name":{"kind":"Name","value":"languageLevelFrom"}},{"kind":"Field","name":{"kind":"Name","value":"languageLevelTo"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"minGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"hoursTotal"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"childcare"}},{"kind":"Field","name":{"kind":"Name","value":"costFree"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessible"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EditOfferQuery, EditOfferQueryVariables>;
export const EditNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"languageLevel"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EditNeedQuery, EditNeedQueryVariables>;
export const EditCooperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditCooperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatesWithConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"node"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditCooperationQuery, EditCooperationQueryVariables>;
export const DistrictNetworksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictNetworks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"members"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"municipality"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"district"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ags"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"date"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictNetworksQuery, DistrictNetworksQueryVariables>;
export const EditNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cadence"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EditNetworkQuery, EditNetworkQueryVariables>;
export const EditMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EditMeetingQuery, EditMeetingQueryVariables>;
export const DistrictNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"municipality"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"district"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ags"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}}]}}]}}]}}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reportedAt"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictNeedsQuery, DistrictNeedsQueryVariables>;
export const CreateActorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActorCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateActorMutation, CreateActorMutationVariables>;
export const UpdateActorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActorUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedUpdatedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateActorMutation, UpdateActorMutationVariables>;
export const DeleteActorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteActor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delete"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActorDeleteInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteActors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"expectedUpdatedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"delete"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delete"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodesDeleted"}}]}}]}}]} as unknown as DocumentNode<DeleteActorMutation, DeleteActorMutationVariables>;
export const CreateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOfferMutation, CreateOfferMutationVariables>;
export const UpdateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedUpdatedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOfferMutation, UpdateOfferMutationVariables>;
export const DeleteOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"expectedUpdatedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodesDeleted"}}]}}]}}]} as unknown as DocumentNode<DeleteOfferMutation, DeleteOfferMutationVariables>;
export const CreateNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateNeedMutation, CreateNeedMutationVariables>;
export const UpdateNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedUpdatedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateNeedMutation, UpdateNeedMutationVariables>;
export const DeleteNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"expectedUpdatedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodesDeleted"}}]}}]}}]} as unknown as DocumentNode<DeleteNeedMutation, DeleteNeedMutationVariables>;
export const CreateNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNetworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateNetworkMutation, CreateNetworkMutationVariables>;
export const UpdateNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNetworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedUpdatedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateNetworkMutation, UpdateNetworkMutationVariables>;
export const DeleteNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delete"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkDeleteInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNetworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"expectedUpdatedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"delete"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delete"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodesDeleted"}}]}}]}}]} as unknown as DocumentNode<DeleteNetworkMutation, DeleteNetworkMutationVariables>;
export const CreateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMeetingMutation, CreateMeetingMutationVariables>;
export const UpdateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedUpdatedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const DeleteMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"expectedUpdatedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodesDeleted"}}]}}]}}]} as unknown as DocumentNode<DeleteMeetingMutation, DeleteMeetingMutationVariables>;
export const EntityHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"undoOf"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"via"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<EntityHistoryQuery, EntityHistoryQueryVariables>;
export const UndoChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}}]}}]}}]} as unknown as DocumentNode<UndoChangeMutation, UndoChangeMutationVariables>;
export const DeletedEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeletedEntities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"}},{"kind":"Field","name":{"kind":"Name","value":"restorableUntil"}}]}}]}}]} as unknown as DocumentNode<DeletedEntitiesQuery, DeletedEntitiesQueryVariables>;
export const RestoreDeletedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreDeleted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreDeleted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}}]} as unknown as DocumentNode<RestoreDeletedMutation, RestoreDeletedMutationVariables>;
export const PartnerConflictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerConflicts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferConflictStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerConflicts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"partnerValue"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorValue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}}]}}]}}]} as unknown as DocumentNode<PartnerConflictsQuery, PartnerConflictsQueryVariables>;
export const ResolvePartnerConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolvePartnerConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferConflictResolution"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveOfferConflicts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"id"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}}]}}]}}]} as unknown as DocumentNode<ResolvePartnerConflictMutation, ResolvePartnerConflictMutationVariables>;
export const IndicatorRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferCategory"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"areaAgs"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"areaKind"}},{"kind":"Field","name":{"kind":"Name","value":"improvement"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"yearBefore"}},{"kind":"Field","name":{"kind":"Name","value":"yearBeforeReason"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorRankingQuery, IndicatorRankingQueryVariables>;
export const MonitoringSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonitoringSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"samtgemeindeAgs"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityAgs"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}},{"kind":"Argument","name":{"kind":"Name","value":"samtgemeindeAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"samtgemeindeAgs"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityAgs"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"areaAgs"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"areaKind"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"demand"}},{"kind":"Field","name":{"kind":"Name","value":"unmet"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"fillRate"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"}}]}}]}}]}}]} as unknown as DocumentNode<MonitoringSeriesQuery, MonitoringSeriesQueryVariables>;
export const MonitoringIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonitoringIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"samtgemeindeAgs"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityAgs"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categories"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferCategory"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}},{"kind":"Argument","name":{"kind":"Name","value":"samtgemeindeAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"samtgemeindeAgs"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityAgs"}}},{"kind":"Argument","name":{"kind":"Name","value":"categories"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categories"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaAgs"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"areaKind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"yearBefore"}},{"kind":"Field","name":{"kind":"Name","value":"yearBeforeReason"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"towardTarget"}}]}}]}}]}}]} as unknown as DocumentNode<MonitoringIndicatorsQuery, MonitoringIndicatorsQueryVariables>;
export const DecisionEffectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionEffects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionEffects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"areaAgs"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"beforeFrom"}},{"kind":"Field","name":{"kind":"Name","value":"beforeTo"}},{"kind":"Field","name":{"kind":"Name","value":"afterFrom"}},{"kind":"Field","name":{"kind":"Name","value":"afterTo"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"beforeReason"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"afterReason"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}}]}}]}}]} as unknown as DocumentNode<DecisionEffectsQuery, DecisionEffectsQueryVariables>;
export const SaveNetworkLayoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveNetworkLayout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"positions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActorPositionInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveNetworkLayout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}},{"kind":"Argument","name":{"kind":"Name","value":"positions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"positions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SaveNetworkLayoutMutation, SaveNetworkLayoutMutationVariables>;
export const ResetNetworkLayoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetNetworkLayout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetNetworkLayout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtAgs"}}]}}]}}]} as unknown as DocumentNode<ResetNetworkLayoutMutation, ResetNetworkLayoutMutationVariables>;
export const AreaOutlinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaOutlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaOutlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}}]}}]}}]}}]} as unknown as DocumentNode<AreaOutlinesQuery, AreaOutlinesQueryVariables>;
export const ProviderRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"EXCHANGE_ROUND"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"members"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"municipality"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"district"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ags"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}}]}}]}}]}}]}}]}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"membersConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"date"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"24"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"createdAt"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderRoundQuery, ProviderRoundQueryVariables>;
export const RecordDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordDecisionMutation, RecordDecisionMutationVariables>;
export const SetDecisionStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDecisionStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"set"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SetDecisionStatusMutation, SetDecisionStatusMutationVariables>;
export const PublicDistrictGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicDistrictGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"district"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ags"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}}]}}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MapMunicipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"municipality"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"district"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ags"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}}]}}]}}]}}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"OR"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"venue"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"district"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ags"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}}]}}]}}]}}]}}]}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provider"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"municipality"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"district"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ags"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}}]}}]}}]}}]}}]}}]}}]}}]}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"EnumValue","value":"ASC"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphOffer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MapMunicipality"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"newcomers"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperatesWithConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphOffer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"courseType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"childcare"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PublicDistrictGraphQuery, PublicDistrictGraphQueryVariables>;
export const PublicActorDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicActorDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicActorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicActorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperatesWithConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperatedWithByConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicActorDetailsQuery, PublicActorDetailsQueryVariables>;
export const FindInDistrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindInDistrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findInDistrict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtAgs"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]} as unknown as DocumentNode<FindInDistrictQuery, FindInDistrictQueryVariables>;
export const SurveyRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"graceDays"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkRevoked"}}]}}]}}]} as unknown as DocumentNode<SurveyRoundsQuery, SurveyRoundsQueryVariables>;
export const CompareSurveyAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareSurveyAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareSurveyAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"answerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"areaAgs"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"freeText"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityAgs"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"review"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeName"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contactRole"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityAgs"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"review"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityAgs"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"currentPersons"}},{"kind":"Field","name":{"kind":"Name","value":"proposedPersons"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"review"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeName"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"existingActorId"}},{"kind":"Field","name":{"kind":"Name","value":"existingOfferId"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"review"}}]}}]}}]}}]} as unknown as DocumentNode<CompareSurveyAnswerQuery, CompareSurveyAnswerQueryVariables>;
export const StartSurveyRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartSurveyRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSurveyRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyRoundFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssuedSurveyLink"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"graceDays"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkRevoked"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssuedSurveyLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyLinkIssued"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaAgs"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mailto"}}]}}]} as unknown as DocumentNode<StartSurveyRoundMutation, StartSurveyRoundMutationVariables>;
export const CloseSurveyRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSurveyRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSurveyRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CloseSurveyRoundMutation, CloseSurveyRoundMutationVariables>;
export const RenewSurveyLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewSurveyLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaAgs"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewSurveyLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"areaAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaAgs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssuedSurveyLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssuedSurveyLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyLinkIssued"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaAgs"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mailto"}}]}}]} as unknown as DocumentNode<RenewSurveyLinksMutation, RenewSurveyLinksMutationVariables>;
export const RemindSurveyAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindSurveyAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaAgs"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remindSurveyAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"areaAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaAgs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssuedSurveyLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssuedSurveyLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyLinkIssued"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaAgs"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mailto"}}]}}]} as unknown as DocumentNode<RemindSurveyAreasMutation, RemindSurveyAreasMutationVariables>;
export const RevokeSurveyLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSurveyLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaAgs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSurveyLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"areaAgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaAgs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RevokeSurveyLinkMutation, RevokeSurveyLinkMutationVariables>;
export const AcceptSurveyAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptSurveyAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptSurveyAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"answerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptSurveyAnswerMutation, AcceptSurveyAnswerMutationVariables>;
export const SendBackSurveyAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendBackSurveyAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendBackSurveyAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"answerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SendBackSurveyAnswerMutation, SendBackSurveyAnswerMutationVariables>;