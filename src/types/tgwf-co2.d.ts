// @tgwf/co2 ships no types of its own; these cover the data modules we read.
declare module "@tgwf/co2/data/electricity-maps" {
  interface ZoneYear {
    zone: { zoneName: string; displayName?: string; countryName?: string };
    carbonIntensity: { value: number; unit: string };
  }
  const yearly: Record<string, { data: Record<string, ZoneYear>; methodology: string }>;
  export default yearly;
}

declare module "@tgwf/co2/data" {
  export const averageIntensity: { data: Record<string, number>; type: string };
}
