#!/usr/bin/env node
// A small stand-in for a training job: logistic regression by gradient descent on synthetic data,
// CPU-bound for a few seconds, with a seed so every run does the same work.
//   node examples/train.mjs [--epochs N] [--samples N] [--features N]
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    epochs: { type: "string", default: "500" },
    samples: { type: "string", default: "20000" },
    features: { type: "string", default: "64" },
  },
});
const epochs = Number(values.epochs);
const samples = Number(values.samples);
const features = Number(values.features);

let seed = 42;
const random = () => {
  seed = (seed * 1664525 + 1013904223) % 2 ** 32;
  return seed / 2 ** 32;
};

const trueWeights = Float64Array.from({ length: features }, () => random() * 2 - 1);
const x = Float64Array.from({ length: samples * features }, () => random() * 2 - 1);
const y = new Float64Array(samples);
for (let i = 0; i < samples; i++) {
  let z = 0;
  for (let j = 0; j < features; j++) z += x[i * features + j] * trueWeights[j];
  y[i] = z > 0 ? 1 : 0;
}

const weights = new Float64Array(features);
const gradient = new Float64Array(features);
for (let epoch = 1; epoch <= epochs; epoch++) {
  gradient.fill(0);
  let loss = 0;
  for (let i = 0; i < samples; i++) {
    let z = 0;
    for (let j = 0; j < features; j++) z += x[i * features + j] * weights[j];
    const p = 1 / (1 + Math.exp(-z));
    loss -= y[i] * Math.log(p + 1e-12) + (1 - y[i]) * Math.log(1 - p + 1e-12);
    for (let j = 0; j < features; j++) gradient[j] += (p - y[i]) * x[i * features + j];
  }
  for (let j = 0; j < features; j++) weights[j] -= (0.5 * gradient[j]) / samples;
  if (epoch % 100 === 0 || epoch === epochs) {
    console.log(`epoch ${epoch}/${epochs}  loss ${(loss / samples).toFixed(4)}`);
  }
}
