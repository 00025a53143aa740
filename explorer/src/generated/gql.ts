/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ActorNetwork($limit: Int = 1000) {\n  actors(limit: $limit, sort: [{name: ASC}]) {\n    id\n    name\n    kind\n    municipality {\n      ags\n      name\n    }\n    cooperatesWithConnection {\n      edges {\n        properties {\n          kind\n          strength\n        }\n        node {\n          id\n        }\n      }\n    }\n  }\n}\n\nquery Municipalities($districtAgs: String!) {\n  municipalities(\n    where: {district: {some: {ags: {eq: $districtAgs}}}}\n    limit: 1000\n    sort: [{name: ASC}]\n  ) {\n    ags\n    name\n    kind\n    population\n    newcomers\n    location {\n      latitude\n      longitude\n    }\n    memberOf {\n      ags\n    }\n  }\n}\n\nquery SearchActors($phrase: String!) {\n  searchActors(phrase: $phrase, first: 10) {\n    edges {\n      score\n      node {\n        id\n        name\n        kind\n      }\n    }\n  }\n}": typeof types.ActorNetworkDocument,
};
const documents: Documents = {
    "query ActorNetwork($limit: Int = 1000) {\n  actors(limit: $limit, sort: [{name: ASC}]) {\n    id\n    name\n    kind\n    municipality {\n      ags\n      name\n    }\n    cooperatesWithConnection {\n      edges {\n        properties {\n          kind\n          strength\n        }\n        node {\n          id\n        }\n      }\n    }\n  }\n}\n\nquery Municipalities($districtAgs: String!) {\n  municipalities(\n    where: {district: {some: {ags: {eq: $districtAgs}}}}\n    limit: 1000\n    sort: [{name: ASC}]\n  ) {\n    ags\n    name\n    kind\n    population\n    newcomers\n    location {\n      latitude\n      longitude\n    }\n    memberOf {\n      ags\n    }\n  }\n}\n\nquery SearchActors($phrase: String!) {\n  searchActors(phrase: $phrase, first: 10) {\n    edges {\n      score\n      node {\n        id\n        name\n        kind\n      }\n    }\n  }\n}": types.ActorNetworkDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActorNetwork($limit: Int = 1000) {\n  actors(limit: $limit, sort: [{name: ASC}]) {\n    id\n    name\n    kind\n    municipality {\n      ags\n      name\n    }\n    cooperatesWithConnection {\n      edges {\n        properties {\n          kind\n          strength\n        }\n        node {\n          id\n        }\n      }\n    }\n  }\n}\n\nquery Municipalities($districtAgs: String!) {\n  municipalities(\n    where: {district: {some: {ags: {eq: $districtAgs}}}}\n    limit: 1000\n    sort: [{name: ASC}]\n  ) {\n    ags\n    name\n    kind\n    population\n    newcomers\n    location {\n      latitude\n      longitude\n    }\n    memberOf {\n      ags\n    }\n  }\n}\n\nquery SearchActors($phrase: String!) {\n  searchActors(phrase: $phrase, first: 10) {\n    edges {\n      score\n      node {\n        id\n        name\n        kind\n      }\n    }\n  }\n}"): (typeof documents)["query ActorNetwork($limit: Int = 1000) {\n  actors(limit: $limit, sort: [{name: ASC}]) {\n    id\n    name\n    kind\n    municipality {\n      ags\n      name\n    }\n    cooperatesWithConnection {\n      edges {\n        properties {\n          kind\n          strength\n        }\n        node {\n          id\n        }\n      }\n    }\n  }\n}\n\nquery Municipalities($districtAgs: String!) {\n  municipalities(\n    where: {district: {some: {ags: {eq: $districtAgs}}}}\n    limit: 1000\n    sort: [{name: ASC}]\n  ) {\n    ags\n    name\n    kind\n    population\n    newcomers\n    location {\n      latitude\n      longitude\n    }\n    memberOf {\n      ags\n    }\n  }\n}\n\nquery SearchActors($phrase: String!) {\n  searchActors(phrase: $phrase, first: 10) {\n    edges {\n      score\n      node {\n        id\n        name\n        kind\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;