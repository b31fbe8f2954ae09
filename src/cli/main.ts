import koffi from "koffi";
export async function main(argv: string[]): Promise<number> {
  console.error("hello", argv, typeof koffi.load);
  return 0;
}
