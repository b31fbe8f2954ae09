// The main step's bundle entry (dist/index.js): main.ts only exports run(), so importing it runs nothing.
import { run } from "./main.js";

void run();
