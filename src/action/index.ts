import { runMain } from "./main.js";

void runMain();
