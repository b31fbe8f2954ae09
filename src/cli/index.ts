import { ignoreClosedReaders } from "./closed-streams.js";
import { main } from "./main.js";

ignoreClosedReaders([process.stdout, process.stderr]);
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
