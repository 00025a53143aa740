// Numbers as German readers and German Excel expect them: decimal comma, a dot between thousands (1.234,5).
const formats = new Map<number, Intl.NumberFormat>();

/** A number with up to `digits` decimals (fewer when they are zeros): 45.5 -> "45,5", 1234 -> "1.234". */
export function formatGermanNumber(value: number, digits = 1): string {
  let format = formats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('de-DE', { maximumFractionDigits: digits });
    formats.set(digits, format);
  }
  return format.format(value);
}

/** A share (0.25) as a German percentage ("25 %"), whole percent unless digits say otherwise. */
export function formatGermanPercent(share: number, digits = 0): string {
  return `${formatGermanNumber(share * 100, digits)} %`;
}
