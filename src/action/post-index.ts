// The post step's bundle entry (dist/post/index.js): post.ts only exports run(), so importing it runs nothing.
import { run } from "./post.js";

void run();
