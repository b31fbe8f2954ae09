/**
 * Raw NVML bindings through koffi: the only file that knows C signatures. koffi is imported
 * dynamically so the CLI starts on machines where it (or the driver library) cannot load.
 */
import type { LibraryHandle } from "koffi";

export const NVML_SUCCESS = 0;
export const NVML_ERROR_NOT_SUPPORTED = 3;
// NVML_DEVICE_NAME_V2_BUFFER_SIZE and NVML_DEVICE_UUID_V2_BUFFER_SIZE are both 96 in nvml.h.
const STRING_BUFFER_SIZE = 96;

/** An opaque nvmlDevice_t (koffi 3 hands pointers over as BigInt). */
export type NvmlDevice = bigint;

/**
 * NVML calls return the nvmlReturn_t code; on success the reading is in `value`. One shared cell
 * instead of a result object per call keeps the sampling loop free of allocations.
 */
export interface NvmlLibrary {
  value: number;
  init(): number;
  shutdown(): number;
  errorString(code: number): string;
  deviceCount(): number;
  handle(index: number): { code: number; device?: NvmlDevice };
  name(device: NvmlDevice): { code: number; text?: string };
  uuid(device: NvmlDevice): { code: number; text?: string };
  /** Millijoules since the driver loaded, into `value`. Undefined when the driver predates the call. */
  readEnergy?: (device: NvmlDevice) => number;
  /** Milliwatts, into `value`. */
  readPower?: (device: NvmlDevice) => number;
}

export type LoadResult = { ok: true; library: NvmlLibrary } | { ok: false; reason: string };

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function loadNvmlLibrary(libPath: string): Promise<LoadResult> {
  let koffi: typeof import("koffi").default;
  try {
    // webpackIgnore keeps this a real dynamic import in the bundle (koffi ships beside it in
    // dist/node_modules): the CLI starts, and skips NVML, where koffi's native module cannot load.
    koffi = (await import(/* webpackIgnore: true */ "koffi")).default;
  } catch (error) {
    return {
      ok: false,
      reason: `koffi (the FFI module NVML is read through) failed to load on ${process.platform}-${process.arch}: ${message(error)}`,
    };
  }

  let lib: LibraryHandle;
  try {
    lib = koffi.load(libPath);
  } catch (error) {
    const missing = /cannot open shared object|no such file|not found/i.test(message(error));
    return {
      ok: false,
      reason: missing
        ? `NVML library "${libPath}" not found (no NVIDIA driver on this machine?): ${message(error)}`
        : `NVML library "${libPath}" could not be loaded: ${message(error)}`,
    };
  }

  try {
    return { ok: true, library: bind(lib) };
  } catch (error) {
    return { ok: false, reason: `NVML library "${libPath}" lacks a required function: ${message(error)}` };
  }
}

function bind(lib: LibraryHandle): NvmlLibrary {
  const init = lib.func("int nvmlInit_v2(void)");
  const shutdown = lib.func("int nvmlShutdown(void)");
  const errorString = lib.func("const char *nvmlErrorString(int result)");
  const getCount = lib.func("int nvmlDeviceGetCount_v2(unsigned int *count)");
  const getHandle = lib.func("int nvmlDeviceGetHandleByIndex_v2(unsigned int index, _Out_ void **device)");
  const getName = lib.func("int nvmlDeviceGetName(void *device, uint8_t *name, unsigned int length)");
  const getUuid = lib.func("int nvmlDeviceGetUUID(void *device, uint8_t *uuid, unsigned int length)");
  // Both readings are optional symbols: a driver without one still serves the other.
  const getEnergy = optional(lib, "int nvmlDeviceGetTotalEnergyConsumption(void *device, uint64_t *energy)");
  const getPower = optional(lib, "int nvmlDeviceGetPowerUsage(void *device, uint32_t *power)");

  const energyCell = new BigUint64Array(1);
  const powerCell = new Uint32Array(1);
  const countCell = new Uint32Array(1);
  const text = Buffer.alloc(STRING_BUFFER_SIZE);

  const readString = (
    fn: (device: NvmlDevice, out: Buffer, length: number) => number,
    device: NvmlDevice,
  ) => {
    text.fill(0);
    const code = fn(device, text, text.length);
    if (code !== NVML_SUCCESS) return { code };
    const end = text.indexOf(0);
    return { code, text: text.toString("utf8", 0, end < 0 ? text.length : end) };
  };

  const library: NvmlLibrary = {
    value: 0,
    init: () => init(),
    shutdown: () => shutdown(),
    errorString: (code) => String(errorString(code) ?? `NVML error ${code}`),
    deviceCount() {
      const code = getCount(countCell);
      if (code === NVML_SUCCESS) library.value = countCell[0] ?? 0;
      return code;
    },
    handle(index) {
      const out: unknown[] = [null];
      const code = getHandle(index, out);
      return code === NVML_SUCCESS && typeof out[0] === "bigint" ? { code, device: out[0] } : { code };
    },
    name: (device) => readString(getName, device),
    uuid: (device) => readString(getUuid, device),
  };
  if (getEnergy) {
    library.readEnergy = (device) => {
      const code = getEnergy(device, energyCell);
      // mJ fit a double exactly up to 2^53 (9e12 J, centuries of a 1 kW board).
      if (code === NVML_SUCCESS) library.value = Number(energyCell[0]);
      return code;
    };
  }
  if (getPower) {
    library.readPower = (device) => {
      const code = getPower(device, powerCell);
      if (code === NVML_SUCCESS) library.value = powerCell[0] ?? 0;
      return code;
    };
  }
  return library;
}

function optional(lib: LibraryHandle, prototype: string) {
  try {
    return lib.func(prototype);
  } catch {
    return undefined;
  }
}
