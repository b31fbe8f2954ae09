export const id = 621;
export const ids = [621];
export const modules = {

/***/ 335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ed: () => (/* binding */ emptyCounterTotal),
/* harmony export */   GB: () => (/* binding */ holdToEnd),
/* harmony export */   I5: () => (/* binding */ addCounter),
/* harmony export */   TV: () => (/* binding */ addPower),
/* harmony export */   a0: () => (/* binding */ ASSUMED_MAX_POWER_W),
/* harmony export */   gO: () => (/* binding */ counterReadEveryMs),
/* harmony export */   ns: () => (/* binding */ emptyPowerIntegral)
/* harmony export */ });
/**
 * Streaming integrators: constant-size state, one call per sample, so memory stays flat however long
 * the run. Pure functions over plain data; the sources own the I/O.
 */
const emptyPowerIntegral = () => ({ energyJ: 0, samples: 0, gaps: 0, longestGapMs: 0 });
/**
 * Adds one power reading. A gap over `gapMs` is still bridged by the trapezoid (the best estimate we
 * have) but counted, so the report can say the data has holes.
 */
function addPower(state, tMs, watts, gapMs) {
    if (!Number.isFinite(watts) || watts < 0)
        return state;
    if (state.lastMs === undefined || state.lastW === undefined) {
        return { ...state, samples: 1, firstMs: tMs, lastMs: tMs, lastW: watts };
    }
    const dtMs = tMs - state.lastMs;
    if (dtMs <= 0)
        return state;
    const isGap = dtMs > gapMs;
    return {
        energyJ: state.energyJ + ((state.lastW + watts) / 2) * (dtMs / 1000),
        samples: state.samples + 1,
        firstMs: state.firstMs,
        lastMs: tMs,
        lastW: watts,
        gaps: state.gaps + (isGap ? 1 : 0),
        longestGapMs: Math.max(state.longestGapMs, isGap ? dtMs : 0),
    };
}
/**
 * The integral with its last reading held to `endMs`: a sampled source reads every interval, so without
 * this the time between its last reading and the command's end (up to an interval) would go uncounted.
 * One reading is enough: its power over the rest of the window. Undefined without any reading.
 */
function holdToEnd(state, endMs) {
    if (state.firstMs === undefined || state.lastMs === undefined || state.lastW === undefined)
        return undefined;
    const heldMs = Math.max(0, endMs - state.lastMs);
    const energyJ = state.energyJ + state.lastW * (heldMs / 1000);
    const coveredMs = state.lastMs + heldMs - state.firstMs;
    return { energyJ, coveredMs, heldMs, averageW: coveredMs > 0 ? energyJ / (coveredMs / 1000) : state.lastW };
}
const emptyCounterTotal = () => ({ energy: 0, readings: 0, wraps: 0, resets: 0 });
/**
 * Adds one raw counter reading. A reading below the last one is a wrap when `maxRange` is known
 * (RAPL's `max_energy_range_uj`), else a reset, which we skip rather than count as negative energy.
 */
function addCounter(state, value, maxRange) {
    if (!Number.isFinite(value) || value < 0)
        return state;
    if (state.last === undefined)
        return { ...state, readings: 1, last: value };
    let delta = value - state.last;
    let { wraps, resets } = state;
    if (delta < 0) {
        // A last reading above the stated range makes the wrap arithmetic negative: the range is wrong, so
        // this drop is treated as a reset too.
        const wrapped = maxRange !== undefined && maxRange > 0 ? maxRange - state.last + value : -1;
        delta = Math.max(wrapped, 0);
        if (wrapped >= 0)
            wraps += 1;
        else
            resets += 1;
    }
    return { energy: state.energy + delta, readings: state.readings + 1, last: value, wraps, resets };
}
/**
 * What a RAPL domain may draw before any power has been seen, when its zone states no limit: above the
 * largest server packages' TDP (500 W: AMD EPYC 9965, Intel Xeon 6980P), so it errs towards reading
 * a small-range counter too often rather than too rarely.
 */
const ASSUMED_MAX_POWER_W = 500;
/**
 * How often a counter that wraps every `rangeJ` must be read at up to `maxPowerW` so that it never
 * wraps twice between two readings (a double wrap is invisible): half the time one wrap takes, the
 * other half a margin for power above `maxPowerW`; never less often than `capMs`.
 */
function counterReadEveryMs(rangeJ, maxPowerW, capMs) {
    if (!(rangeJ > 0) || !(maxPowerW > 0))
        return capMs;
    return Math.min(capMs, (rangeJ / maxPowerW / 2) * 1000);
}


/***/ }),

/***/ 8621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kd: () => (/* binding */ readPlatform),
/* harmony export */   d5: () => (/* binding */ describePlatform)
/* harmony export */ });
/* unused harmony export classifyPlatform */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * What the machine says it is, from DMI (`/sys/class/dmi/id`: `sys_vendor` and `product_name`): bare
 * metal, or a VM, and for an AWS VM its instance type, so embodied emissions can charge a VM its share
 * of the host rather than the whole server. Reading is the I/O edge; `classifyPlatform` is pure.
 */


/**
 * DMI strings a hypervisor writes, matched at the start of `sys_vendor` or `product_name`: systemd's
 * DMI vendor table (src/basic/virt.c: KVM, Amazon EC2, QEMU, VMware, VMW, innotek GmbH, Xen, Bochs,
 * Parallels, BHYVE) and what the clouds print: Google's "Google Compute Engine", Azure's (Hyper-V's)
 * "Virtual Machine", Xen's "HVM domU", QEMU's "Standard PC", OpenStack's, Hetzner's "vServer",
 * DigitalOcean's "Droplet", VirtualBox 7's product name.
 */
const VM_PREFIXES = [
    "KVM",
    "Amazon EC2",
    "QEMU",
    "VMware",
    "VMW",
    "innotek GmbH",
    "VirtualBox",
    "Xen",
    "HVM domU",
    "Bochs",
    "Parallels",
    "BHYVE",
    "Google Compute Engine",
    "Google",
    "Virtual Machine",
    "Standard PC (",
    "OpenStack",
    "vServer",
    "Droplet",
    "DigitalOcean",
    "Alibaba Cloud",
    "Cloud Hypervisor",
    "Apple Virtualization",
];
const AWS_INSTANCE_TYPE = /^[a-z][a-z0-9-]*\.[a-z0-9-]+$/;
// A bare-metal instance (`m5.metal`, `m7i.metal-48xl`) is the whole host, though its vendor reads EC2.
const AWS_METAL = /\.metal(-\d+xl)?$/;
/** Placeholders firmware leaves in DMI fields it does not fill; they say nothing about the machine. */
const PLACEHOLDER = /^(to be filled by o\.e\.m\.|default string|system product name|not specified|none|)$/i;
const clean = (text) => {
    const value = text?.trim();
    return value === undefined || PLACEHOLDER.test(value) ? undefined : value;
};
function classifyPlatform(dmi) {
    const vendor = clean(dmi.vendor);
    const product = clean(dmi.product);
    const said = { ...(vendor && { vendor }), ...(product && { product }) };
    if (vendor === undefined && product === undefined)
        return { kind: "unknown" };
    if (vendor === "Amazon EC2" && product && AWS_INSTANCE_TYPE.test(product)) {
        return { kind: AWS_METAL.test(product) ? "bare-metal" : "vm", ...said, instanceType: product };
    }
    const isVm = VM_PREFIXES.some((prefix) => vendor?.startsWith(prefix) || product?.startsWith(prefix));
    return { kind: isVm ? "vm" : "bare-metal", ...said };
}
/** Reads the two DMI fields under `dmiRoot`; a machine without DMI (or a container without /sys) is unknown. */
function readPlatform(dmiRoot) {
    const read = (name) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dmiRoot, name), "utf8");
        }
        catch {
            return undefined;
        }
    };
    return classifyPlatform({ vendor: read("sys_vendor"), product: read("product_name") });
}
/** How the report names the machine: "a VM (Amazon EC2 m5.large)", "bare metal (Dell Inc. PowerEdge R740)". */
function describePlatform(platform) {
    const said = [platform.vendor, platform.product].filter(Boolean).join(" ");
    if (platform.kind === "unknown")
        return "a machine that does not say what it is (no DMI)";
    return `${platform.kind === "vm" ? "a VM" : "bare metal"} (${said})`;
}


/***/ }),

/***/ 1211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Q1: () => (/* binding */ RAPL_SOURCE),
/* harmony export */   ge: () => (/* binding */ DRAM_FACTORS),
/* harmony export */   wv: () => (/* binding */ PACKAGE_FACTORS),
/* harmony export */   zO: () => (/* binding */ readCounter),
/* harmony export */   zZ: () => (/* binding */ RaplMeter)
/* harmony export */ });
/* harmony import */ var _integrate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(335);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8329);
/**
 * One RAPL meter over the domains the probe opened: reads each `energy_uj` at a cadence its wrap
 * range and power call for, accumulates wraps, and reports each domain with what went wrong.
 */


const RAPL_SOURCE = "rapl";
/**
 * Package: RAPL readings track plug power closely on servers (Khan et al., "RAPL in Action", ACM
 * TOMPECS 3(2), 2018, doi:10.1145/3177754), and from Haswell on they come from the integrated voltage
 * regulator, a measurement rather than a model (Hackenberg et al., IPDPSW 2015). ±5% covers both.
 */
const PACKAGE_FACTORS = { low: 0.95, high: 1.05 };
/**
 * DRAM: follows the trend but with a constant, system-dependent power offset, worst when idle
 * (Desrochers, Paradis, Weaver, "A Validation of DRAM RAPL Power Measurements", MEMSYS 2016,
 * doi:10.1145/2989081.2989088). The paper gives no single bound; ±15% is our reading of it.
 */
const DRAM_FACTORS = { low: 0.85, high: 1.15 };
function readCounter(read, path) {
    const text = read(path).trim();
    const value = Number(text);
    if (text === "" || !Number.isSafeInteger(value) || value < 0)
        throw new Error(`${path}: not a counter: "${text}"`);
    return value;
}
const errorCode = (error) => error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
function trackNotes(track, energyJ, seconds) {
    const { open, total, failures, lastError, longestGapMs } = track;
    const notes = [...open.domain.notes];
    if (total.wraps > 0)
        notes.push(`counter wrapped ${plural(total.wraps, "time")}`);
    if (total.resets > 0) {
        notes.push(`counter went back without a wrap ${plural(total.resets, "time")}; those intervals are not counted`);
    }
    if (failures > 0) {
        notes.push(`${plural(failures, "reading")} of ${open.energyPath} failed (${lastError}); ` +
            "the counter is cumulative, so only a wrap inside the gap is lost");
    }
    if (total.readings >= 2 && total.energy === 0) {
        notes.push(`counter did not move in ${seconds} s: RAPL may be emulated (a VM) or disabled`);
    }
    // A whole wrap between two readings is invisible. Power peaks above its average, hence the margin of 2.
    const wrapS = open.maxRangeUj && energyJ > 0 && seconds > 0 ? open.maxRangeUj / 1e6 / (energyJ / seconds) : 0;
    if (wrapS > 0 && longestGapMs / 1000 > wrapS / 2) {
        notes.push(`readings were up to ${longestGapMs / 1000} s apart and the counter wraps about every ` +
            `${Math.round(wrapS)} s at this power: a wrap may have been missed (energy too low)`);
    }
    return notes;
}
/** The power a domain is read for: the most seen, but never below what it states or we assume. */
const powerBoundW = (track) => Math.max(track.maxSeenW, track.open.statedMaxW ?? _integrate_js__WEBPACK_IMPORTED_MODULE_0__/* .ASSUMED_MAX_POWER_W */ .a0);
class RaplMeter {
    kind;
    read;
    source = RAPL_SOURCE;
    tracks;
    // Kept as a number and renewed only when a reading raises a power bound: the sampler asks every tick,
    // and a fresh array per question is garbage a run of days would pile up.
    readEvery = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .CUMULATIVE_READ_EVERY_MS */ .c;
    startMs;
    lastMs;
    constructor(kind, opened, read) {
        this.kind = kind;
        this.read = read;
        this.tracks = opened.map((open) => ({
            open,
            total: (0,_integrate_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyCounterTotal */ .Ed)(),
            failures: 0,
            longestGapMs: 0,
            maxSeenW: 0,
        }));
        this.renewReadEvery();
    }
    /**
     * Often enough that no counter wraps twice between readings (a double wrap is invisible), at the
     * highest power seen or stated; a real range (~262 kJ) keeps the 10 s cap, a small one is read
     * more often, and the sampler never reads faster than its interval.
     */
    get readEveryMs() {
        return this.readEvery;
    }
    renewReadEvery() {
        let fastest = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .CUMULATIVE_READ_EVERY_MS */ .c;
        for (const track of this.tracks) {
            const everyMs = (0,_integrate_js__WEBPACK_IMPORTED_MODULE_0__/* .counterReadEveryMs */ .gO)((track.open.maxRangeUj ?? 0) / 1e6, powerBoundW(track), _types_js__WEBPACK_IMPORTED_MODULE_1__/* .CUMULATIVE_READ_EVERY_MS */ .c);
            fastest = Math.min(fastest, everyMs);
        }
        this.readEvery = fastest;
    }
    start(nowMs) {
        this.startMs = nowMs;
        this.poll(nowMs);
    }
    /** Runs every interval: one small read per domain. A failed read is counted, never thrown. */
    poll(nowMs) {
        this.lastMs = nowMs;
        for (const track of this.tracks) {
            try {
                const value = readCounter(this.read, track.open.energyPath);
                const before = track.total.energy;
                track.total = (0,_integrate_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounter */ .I5)(track.total, value, track.open.maxRangeUj);
                if (track.lastOkMs !== undefined && nowMs > track.lastOkMs) {
                    track.longestGapMs = Math.max(track.longestGapMs, nowMs - track.lastOkMs);
                    // µJ per ms is mW.
                    const powerW = (track.total.energy - before) / (nowMs - track.lastOkMs) / 1000;
                    if (powerW > track.maxSeenW) {
                        track.maxSeenW = powerW;
                        this.renewReadEvery();
                    }
                }
                track.lastOkMs = nowMs;
            }
            catch (error) {
                track.failures += 1;
                track.lastError = errorCode(error) ?? (error instanceof Error ? error.message : String(error));
            }
        }
    }
    /** Energy so far and the average power since start, for the progress line (no I/O). */
    snapshot() {
        const energyJ = this.tracks.reduce((sum, track) => sum + track.total.energy / 1e6, 0);
        const seconds = ((this.lastMs ?? 0) - (this.startMs ?? 0)) / 1000;
        return seconds > 0 ? { energy_j: energyJ, power_w: energyJ / seconds } : { energy_j: energyJ };
    }
    /** Domains with fewer than two good readings have no energy to give: said, never a zero. */
    unmeasured() {
        return this.tracks
            .filter((track) => track.total.readings < 2)
            .map((track) => `RAPL ${track.open.domain.device} not measured: ${track.total.readings} of ` +
            `${track.total.readings + track.failures} readings of ${track.open.energyPath} succeeded, 2 are needed` +
            `${track.lastError ? ` (${track.lastError})` : ""}; its energy is missing from the total, not zero`);
    }
    finish(nowMs) {
        this.poll(nowMs);
        const seconds = ((this.lastMs ?? nowMs) - (this.startMs ?? nowMs)) / 1000;
        return this.tracks
            .filter((track) => track.total.readings >= 2)
            .map((track) => {
            const energyJ = track.total.energy / 1e6;
            const factors = track.open.domain.kind === "package" ? PACKAGE_FACTORS : DRAM_FACTORS;
            return {
                kind: this.kind,
                device: track.open.domain.device,
                method: "measured",
                source: RAPL_SOURCE,
                energy_j: energyJ,
                low_factor: factors.low,
                high_factor: factors.high,
                ...(seconds > 0 ? { avg_power_w: energyJ / seconds } : {}),
                samples: track.total.readings,
                notes: trackNotes(track, energyJ, seconds),
            };
        });
    }
}


/***/ }),

/***/ 5621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  detectMachine: () => (/* binding */ detectMachine),
  selectMeters: () => (/* binding */ selectMeters)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/hardware/cpus.ts
var cpus = __webpack_require__(29);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/measure/proc-stat.ts
/**
 * CPU time from /proc/stat and installed memory from /proc/meminfo: pure parsers, and the two small
 * reads that feed them (the only I/O here).
 */


/**
 * Parses /proc/stat (proc(5)). The aggregate line is
 * `cpu user nice system idle iowait irq softirq steal guest guest_nice`; kernels before 2.6.33 stop
 * earlier, so missing fields count as 0. guest and guest_nice are already inside user and nice
 * (the kernel adds them to both), so they are left out of the total. iowait is idle time with I/O
 * outstanding: the core is not computing, so it is not busy.
 */
function parseProcStat(text) {
    let cpu;
    let cpuCount = 0;
    for (const line of text.split("\n")) {
        // The cpu lines come first; `intr` alone can hold thousands of counters on a large machine.
        if (!line.startsWith("cpu")) {
            if (cpu)
                break;
            continue;
        }
        const fields = line.trim().split(/\s+/);
        const label = fields[0] ?? "";
        if (label === "cpu") {
            const values = fields.slice(1, 9).map(Number);
            if (values.length < 4 || values.some((value) => !Number.isFinite(value) || value < 0)) {
                throw new Error(`/proc/stat: malformed aggregate cpu line: "${line.trim()}"`);
            }
            const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = values;
            const total = user + nice + system + idle + iowait + irq + softirq + steal;
            cpu = { busy: total - idle - iowait, total };
        }
        else if (/^cpu\d+$/.test(label)) {
            cpuCount += 1;
        }
    }
    if (!cpu)
        throw new Error("/proc/stat: no aggregate cpu line");
    return { cpu, cpuCount };
}
/**
 * Share of CPU time spent busy between two readings, 0..1; undefined when no tick has elapsed (two
 * polls inside one 10 ms tick) or the counters went backwards (a reset), when there is nothing to say.
 */
function cpuUtilisation(previous, next) {
    const total = next.total - previous.total;
    if (!(total > 0))
        return undefined;
    const busy = next.busy - previous.busy;
    return Math.min(1, Math.max(0, busy / total));
}
const KIB_PER_GIB = 1024 * 1024;
/**
 * MemTotal from /proc/meminfo, in GB. The file says "kB" but means KiB, and DIMMs are sold in binary
 * sizes, so KiB / 1024² gives the "16 GB" a buyer would name. MemTotal is a little below what is
 * installed (the kernel reserves some at boot); for a per-GB power figure that is well inside its range.
 */
function parseMemTotalGb(text) {
    const match = /^MemTotal:\s+(\d+)\s*kB\s*$/m.exec(text);
    const kib = match?.[1] === undefined ? Number.NaN : Number(match[1]);
    if (!(kib > 0))
        throw new Error("/proc/meminfo: no MemTotal line in kB");
    return kib / KIB_PER_GIB;
}
/** Reads and parses `<procRoot>/stat`; synchronous because the sampler polls it every interval. */
const readProcStat = (procRoot) => parseProcStat((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(procRoot, "stat"), "utf8"));
/** Reads `<procRoot>/meminfo` and returns MemTotal in GB. */
const readMemTotalGb = (procRoot) => parseMemTotalGb((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(procRoot, "meminfo"), "utf8"));

// EXTERNAL MODULE: ./src/measure/types.ts
var types = __webpack_require__(8329);
;// CONCATENATED MODULE: ./src/measure/cpu-model.ts
/**
 * CPU energy from utilisation (rank 3 for CPU): power = idle + u x (busy - idle), u from /proc/stat
 * deltas, integrated interval by interval. Used where RAPL cannot be read (most VMs, CI runners).
 */



const CPU_MODEL_SOURCE = "cpu-utilisation-model";
/**
 * Idle power as a share of full-load power: SPECpower_ssj2008's average idle/full ratio as carried
 * in Cloud Carbon Footprint's per-vCPU coefficients (0.74 / 3.5 W = 21%). Taken from the same table
 * as the per-vCPU fallback so a known and an unknown CPU follow one curve shape.
 */
const CPU_IDLE_FRACTION = cpus/* VCPU_FALLBACK */.Ah.min_w_per_vcpu / cpus/* VCPU_FALLBACK */.Ah.max_w_per_vcpu;
/**
 * The bounds. Low: the same line from a lower idle point, 12% of TDP, which Teads measured with RAPL
 * on bare-metal EC2 hosts (B. Davy, "Estimating AWS EC2 Instances Power Consumption", Teads
 * Engineering, 2021). High: Teads' SPECpower-fitted curve (12/32/75/102% of TDP at 0/10/50/100% load),
 * which is concave: real CPUs climb fast at low load, so a straight line is the model's main bias
 * and it runs low at mid utilisation. The high bound never drops below the central line.
 */
const CPU_LOW_IDLE_FRACTION = 0.12;
const TEADS_CURVE = [
    [0, 0.12],
    [0.1, 0.32],
    [0.5, 0.75],
    [1, 1.02],
];
/** Interpolates the Teads curve at `u` (0..1), as a share of full-load power. */
function teadsShare(u) {
    for (let i = 1; i < TEADS_CURVE.length; i += 1) {
        const [u1, s1] = TEADS_CURVE[i] ?? [1, 1];
        const [u0, s0] = TEADS_CURVE[i - 1] ?? [0, 0];
        if (u <= u1)
            return s0 + ((u - u0) / (u1 - u0)) * (s1 - s0);
    }
    return TEADS_CURVE.at(-1)?.[1] ?? 1;
}
/** Central, low and high power at utilisation `u`. */
function cpuPower(line, u) {
    const central = line.idleW + u * (line.maxW - line.idleW);
    const lowIdle = Math.min(line.idleW, CPU_LOW_IDLE_FRACTION * line.maxW);
    return {
        central,
        low: lowIdle + u * (line.maxW - lowIdle),
        high: Math.max(central, teadsShare(u) * line.maxW),
    };
}
const watts = (w) => `${Number(w.toPrecision(3))} W`;
/**
 * The line for a known CPU or the per-vCPU fallback. A known CPU's TDP is per socket; a VM sees only
 * some of its threads, so the TDP is scaled by vCPUs / threads (a 4-vCPU runner on a 128-thread
 * EPYC 7763 gets 4/128 of 280 W). More vCPUs than threads means more than one socket.
 */
function cpuPowerLine(cpu, vcpus, detectedModel) {
    if (!cpu) {
        const { min_w_per_vcpu: min, max_w_per_vcpu: max, source } = cpus/* VCPU_FALLBACK */.Ah;
        const named = detectedModel ? `CPU model "${detectedModel}" not in the table` : "CPU model unknown";
        return {
            line: { idleW: min * vcpus, maxW: max * vcpus },
            notes: [
                `${named}; per-vCPU fallback ${min}-${max} W x ${vcpus} vCPUs (${source.title}, ${source.url})`,
            ],
        };
    }
    const share = cpu.threads ? vcpus / cpu.threads : 1;
    const maxW = cpu.tdp_w * share;
    const line = { idleW: maxW * CPU_IDLE_FRACTION, maxW };
    let shareText = "thread count unknown, one whole socket assumed";
    if (cpu.threads) {
        shareText =
            vcpus <= cpu.threads
                ? `${vcpus} of ${cpu.threads} threads per socket`
                : `${vcpus} threads = ${Number(share.toPrecision(3))} sockets of ${cpu.threads}`;
    }
    const notes = [
        `${cpu.name}: TDP ${cpu.tdp_w} W (${cpu.source.title}); ${shareText} -> ${watts(maxW)} busy, ${watts(line.idleW)} idle`,
    ];
    if (cpu.note)
        notes.push(cpu.note);
    return { line, notes };
}
/** Looks for /proc/stat; the meter it returns reads it once per poll. */
function probeCpuModel(options) {
    let stat;
    try {
        stat = readProcStat(options.procRoot);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
            ok: false,
            source: CPU_MODEL_SOURCE,
            reason: `cannot read CPU time from ${options.procRoot}/stat: ${message}`,
        };
    }
    const vcpus = Number.isInteger(options.vcpus) && options.vcpus > 0 ? options.vcpus : Math.max(1, stat.cpuCount);
    const { line, notes } = cpuPowerLine(options.cpu, vcpus, options.detectedModel);
    const model = options.cpu?.name ?? options.detectedModel;
    return { ok: true, meter: new CpuModelMeter(options.procRoot, line, notes, model) };
}
class CpuModelMeter {
    procRoot;
    line;
    baseNotes;
    model;
    kind = "cpu";
    // /proc/stat's times are cumulative: utilisation over any window is exact from two readings, and the
    // power line is linear, so fewer readings give the same energy (the concave high bound errs high).
    readEveryMs = types/* CUMULATIVE_READ_EVERY_MS */.c;
    source = CPU_MODEL_SOURCE;
    startMs;
    lastMs;
    lastTimes;
    lastU;
    energy = { central: 0, low: 0, high: 0 };
    busySeconds = 0;
    measuredSeconds = 0;
    intervals = 0;
    failures = 0;
    lastError;
    constructor(procRoot, line, baseNotes, model) {
        this.procRoot = procRoot;
        this.line = line;
        this.baseNotes = baseNotes;
        this.model = model;
    }
    start(nowMs) {
        this.startMs = nowMs;
        this.lastMs = nowMs;
        this.lastTimes = this.read();
    }
    poll(nowMs) {
        const times = this.read();
        if (times)
            this.advance(nowMs, times);
    }
    /** Energy integrated so far and the power at the latest utilisation, for the progress line. */
    snapshot() {
        return {
            energy_j: this.energy.central,
            ...(this.lastU !== undefined && { power_w: cpuPower(this.line, this.lastU).central }),
        };
    }
    finish(nowMs) {
        this.poll(nowMs);
        const startMs = this.startMs ?? nowMs;
        const lastMs = this.lastMs ?? nowMs;
        const notes = [...this.baseNotes];
        if (nowMs > lastMs) {
            // No tick elapsed or the last reads failed: the tail gets the last known utilisation.
            const u = this.lastU ?? 0.5;
            this.integrate(u, (nowMs - lastMs) / 1000, false);
            if (this.lastU === undefined) {
                notes.push("no CPU time elapsed between readings; 50% utilisation assumed");
            }
        }
        if (this.measuredSeconds > 0) {
            const mean = this.busySeconds / this.measuredSeconds;
            notes.push(`mean utilisation ${Math.round(mean * 100)}% (from /proc/stat); linear power model`);
        }
        if (this.failures > 0) {
            notes.push(`${this.failures} reading(s) of ${this.procRoot}/stat failed (${this.lastError}); ` +
                "their time was folded into the next interval");
        }
        const { central, low, high } = this.energy;
        const seconds = (nowMs - startMs) / 1000;
        return [
            {
                kind: "cpu",
                device: "system",
                ...(this.model ? { model: this.model } : {}),
                method: "estimated",
                source: CPU_MODEL_SOURCE,
                energy_j: central,
                low_factor: central > 0 ? low / central : 1,
                high_factor: central > 0 ? high / central : 1,
                ...(seconds > 0 ? { avg_power_w: central / seconds } : {}),
                samples: this.intervals,
                notes,
            },
        ];
    }
    read() {
        try {
            return readProcStat(this.procRoot).cpu;
        }
        catch (error) {
            this.failures += 1;
            this.lastError = error instanceof Error ? error.message : String(error);
            return undefined;
        }
    }
    /**
     * Integrates the interval since the last reading at that interval's own utilisation. An interval
     * with no tick in it is not closed yet: it merges with the next, so no time is lost.
     */
    advance(nowMs, times) {
        if (this.lastMs === undefined || nowMs <= this.lastMs)
            return;
        if (!this.lastTimes || times.total < this.lastTimes.total) {
            // No baseline yet, or the counters were reset: start over from here, keeping the open interval.
            this.lastTimes = times;
            return;
        }
        const u = cpuUtilisation(this.lastTimes, times);
        if (u === undefined)
            return;
        this.integrate(u, (nowMs - this.lastMs) / 1000, true);
        this.lastMs = nowMs;
        this.lastTimes = times;
        this.lastU = u;
        this.intervals += 1;
    }
    integrate(u, seconds, measured) {
        const power = cpuPower(this.line, u);
        this.energy.central += power.central * seconds;
        this.energy.low += power.low * seconds;
        this.energy.high += power.high * seconds;
        if (measured) {
            this.busySeconds += u * seconds;
            this.measuredSeconds += seconds;
        }
    }
}

// EXTERNAL MODULE: ./src/hardware/gpus.ts
var gpus = __webpack_require__(5657);
;// CONCATENATED MODULE: ./src/measure/declared.ts



const DECLARED_SOURCE = "declared";
/** Integrates constant power over the wall time between `start` and `finish`; `poll` does nothing. */
function wallTimeMeter(spec) {
    let startMs;
    let lastMs;
    return {
        kind: spec.kind,
        source: spec.source,
        // Nothing to read: the clock at start and finish is all it uses.
        readEveryMs: types/* CUMULATIVE_READ_EVERY_MS */.c,
        start(nowMs) {
            startMs = nowMs;
            lastMs = nowMs;
        },
        // Only the clock moves: poll keeps the time for the progress line.
        poll(nowMs) {
            lastMs = nowMs;
        },
        snapshot: () => ({
            energy_j: (spec.watts * ((lastMs ?? 0) - (startMs ?? 0))) / 1000,
            power_w: spec.watts,
        }),
        finish(nowMs) {
            const seconds = Math.max(0, (nowMs - (startMs ?? nowMs)) / 1000);
            return [
                {
                    kind: spec.kind,
                    ...(spec.device !== undefined ? { device: spec.device } : {}),
                    ...(spec.model !== undefined ? { model: spec.model } : {}),
                    method: spec.method,
                    source: spec.source,
                    energy_j: spec.watts * seconds,
                    low_factor: spec.lowFactor,
                    high_factor: spec.highFactor,
                    avg_power_w: spec.watts,
                    notes: [...spec.notes],
                },
            ];
        },
    };
}
function checkUtilisation(utilisation) {
    if (!(utilisation > 0 && utilisation <= 1)) {
        throw new RangeError(`utilisation must be in (0, 1], got ${utilisation}`);
    }
}
function checkCount(count, what) {
    if (!(Number.isInteger(count) && count > 0)) {
        throw new RangeError(`${what} must be a positive integer, got ${count}`);
    }
}
const declared_watts = (w) => `${Number(w.toPrecision(3))} W`;
/**
 * `count` GPUs at TDP x utilisation. Full TDP unless told otherwise: with no sensor we would rather
 * overstate a budget than understate it, and the range says how far it may be off. The true draw lies
 * between idle (a GPU the job holds never draws less) and TDP (boards are capped there), so relative
 * to the estimate: low = idle / (TDP x u), high = 1 / u. One entry for all devices: a declaration
 * says nothing that would tell them apart.
 */
function declaredGpuMeter(spec, count, load = {}) {
    checkCount(count, "GPU count");
    const utilisation = load.utilisation ?? 1;
    checkUtilisation(utilisation);
    const idle = (0,gpus/* gpuIdleWatts */.Mn)(spec);
    const perDevice = spec.tdp_w * utilisation;
    const notes = [
        `declared ${count} x ${spec.name}: TDP ${spec.tdp_w} W (${spec.source.title}) x utilisation ${utilisation}` +
            `${load.utilisation === undefined ? " (assumed)" : ""} = ${declared_watts(perDevice)} per device; no sensor read`,
        `range: idle ${declared_watts(idle.watts)} (${idle.published ? "published" : "10% of TDP, no published figure"}) to TDP`,
    ];
    if (spec.note)
        notes.push(spec.note);
    return wallTimeMeter({
        kind: "gpu",
        source: DECLARED_SOURCE,
        method: "declared",
        watts: perDevice * count,
        lowFactor: Math.min(1, idle.watts / perDevice),
        highFactor: 1 / utilisation,
        device: count === 1 ? "0" : `0-${count - 1}`,
        model: spec.name,
        notes,
    });
}
/**
 * With no /proc/stat there is no utilisation to measure, so the CPU is taken at half its TDP, the
 * assumption CodeCarbon makes when it cannot read CPU load (CodeCarbon methodology,
 * https://mlco2.github.io/codecarbon/methodology.html). An ML step is mostly GPU-bound with the CPU
 * feeding data; half is a middle, not a measurement.
 */
const DECLARED_CPU_UTILISATION = 0.5;
/**
 * CPU at TDP x utilisation, scaled like the utilisation model (vCPUs / threads when both are known,
 * else whole sockets). Range: the low-idle point of the model (12% of TDP) to full TDP.
 */
function declaredCpuMeter(spec, options = {}) {
    const utilisation = options.utilisation ?? DECLARED_CPU_UTILISATION;
    checkUtilisation(utilisation);
    const { vcpus, count = 1 } = options;
    checkCount(count, "CPU socket count");
    if (vcpus !== undefined)
        checkCount(vcpus, "vCPU count");
    const byThreads = vcpus !== undefined && spec.threads !== undefined;
    const share = byThreads ? vcpus / (spec.threads ?? vcpus) : count;
    const shareText = byThreads
        ? `${vcpus} of ${spec.threads} threads`
        : `${count} socket${count === 1 ? "" : "s"}`;
    const power = spec.tdp_w * share * utilisation;
    const notes = [
        `declared ${spec.name}: TDP ${spec.tdp_w} W (${spec.source.title}) x ${shareText} x utilisation ${utilisation}` +
            `${options.utilisation === undefined ? " (assumed: CPU load could not be read)" : ""} = ${declared_watts(power)}`,
        `range: ${CPU_LOW_IDLE_FRACTION * 100}% of TDP (idle) to TDP`,
    ];
    if (spec.note)
        notes.push(spec.note);
    return wallTimeMeter({
        kind: "cpu",
        source: DECLARED_SOURCE,
        method: "declared",
        watts: power,
        lowFactor: Math.min(1, CPU_LOW_IDLE_FRACTION / utilisation),
        highFactor: 1 / utilisation,
        device: "system",
        model: spec.name,
        notes,
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: ./src/measure/integrate.ts
var integrate = __webpack_require__(335);
;// CONCATENATED MODULE: ./src/measure/nvidia-smi-csv.ts
/**
 * What nvidia-smi prints, read without running it: the field list of `--help-query-gpu`, the rows of
 * `--query-gpu=... --format=csv,noheader,nounits`, its error texts, and the per-GPU tally those rows
 * integrate into. Pure functions over strings and plain data; nvidia-smi.ts owns the process.
 */

const SOURCE = "nvidia-smi";
/**
 * Best first. `power.draw` is a 1 s average on Ampere and newer (and instantaneous before), so the
 * explicit `.instant` reading follows load changes best; `.average` is at least stated as such.
 */
const POWER_FIELDS = ["power.draw.instant", "power.draw.average", "power.draw"];
const queryColumns = (power) => [
    "index",
    "uuid",
    "name",
    power,
    "utilization.gpu",
];
const queryArgs = (columns) => [
    `--query-gpu=${columns.join(",")}`,
    "--format=csv,noheader,nounits",
];
/** Every name and alias `--help-query-gpu` lists; each field's block opens with `"uuid" or "gpu_uuid"`. */
function parseHelpFields(helpText) {
    const fields = new Set();
    for (const raw of helpText.split(/\r?\n/)) {
        const line = raw.trim();
        // Descriptions quote values too ("Supported" or "[Not Supported]"), but never open a line with them.
        if (!/^"[^"]+"(\s+or\s+"[^"]+")*$/.test(line))
            continue;
        for (const match of line.matchAll(/"([^"]+)"/g))
            fields.add(match[1]);
    }
    return fields;
}
/** The power fields this nvidia-smi knows, best first. */
function parsePowerFields(helpText) {
    const fields = parseHelpFields(helpText);
    return POWER_FIELDS.filter((field) => fields.has(field));
}
function parseReading(cell) {
    // `nounits` should drop the unit, but a unit left in is still the same number.
    const match = /^(\d+(?:\.\d+)?)(?:\s*(?:W|%))?$/.exec(cell);
    if (match)
        return { value: Number(match[1]) };
    if (cell === "")
        return { missing: "empty" };
    return { missing: cell.length > 40 ? `${cell.slice(0, 40)}...` : cell };
}
/** One CSV row of a `--query-gpu` made with `columns`; undefined for anything else (a message, a torn line). */
function parseGpuLine(line, columns) {
    const cells = line.split(",").map((cell) => cell.trim());
    if (cells.length !== columns.length)
        return undefined;
    const cell = (name) => {
        const at = columns.indexOf(name);
        return at < 0 ? undefined : cells[at];
    };
    const index = cell("index");
    const uuid = cell("uuid");
    const name = cell("name");
    const power = cell(columns.find((column) => POWER_FIELDS.includes(column)) ?? "");
    if (index === undefined || !/^\d+$/.test(index) || uuid === undefined || name === undefined)
        return undefined;
    if (power === undefined)
        return undefined;
    const utilization = cell("utilization.gpu");
    return {
        index,
        uuid,
        name,
        power: parseReading(power),
        utilization: utilization === undefined ? { missing: "not queried" } : parseReading(utilization),
    };
}
/** Recognises the errors nvidia-smi prints (on stdout or stderr) for an unknown field, no driver, no GPU. */
function classifyFailure(output) {
    const field = /Field "([^"]*)" is not a valid field to query\./.exec(output);
    if (field)
        return { kind: "invalid-field", field: field[1], message: field[0] };
    const driver = /NVIDIA-SMI has failed because[^\r\n]*/.exec(output);
    if (driver)
        return { kind: "driver", message: driver[0].trim() };
    const none = /No devices were found/.exec(output);
    if (none)
        return { kind: "no-devices", message: none[0] };
    return undefined;
}
const tallyKey = (row) => row.uuid.startsWith("GPU-") ? row.uuid : `index ${row.index}`;
const emptyTally = (gpu) => ({
    index: gpu.index,
    uuid: gpu.uuid,
    name: gpu.name,
    power: (0,integrate/* emptyPowerIntegral */.ns)(),
    rows: 0,
    missing: {},
    utilizationSum: 0,
    utilizationRows: 0,
});
/** A tally for a GPU the probe listed, keeping the power it read then. */
const seedTally = (row) => ({
    ...emptyTally(row),
    ...("value" in row.power && { probeW: row.power.value }),
});
function addGpuRow(tally, row, tMs, gapMs) {
    const base = tally ?? emptyTally(row);
    const next = { ...base, rows: base.rows + 1 };
    if ("value" in row.power) {
        next.power = (0,integrate/* addPower */.TV)(base.power, tMs, row.power.value, gapMs);
    }
    else {
        next.missing = { ...base.missing, [row.power.missing]: (base.missing[row.power.missing] ?? 0) + 1 };
    }
    if ("value" in row.utilization) {
        next.utilizationSum = base.utilizationSum + row.utilization.value;
        next.utilizationRows = base.utilizationRows + 1;
    }
    return next;
}
/**
 * nvidia-smi documents power.draw (and .average, .instant) as "accurate to within +/- 5 watts"
 * (its `--help-query-gpu` text); NVML's nvmlDeviceGetPowerUsage, which it reads, states
 * "+/- 5% of current power draw" (for Fermi and Kepler; no figure is given for newer boards). We carry
 * the wider of the two, so a GPU idling at 40 W gets ±12.5%, one at 300 W gets ±5%.
 */
function accuracyFactors(avgPowerW) {
    const relative = avgPowerW !== undefined && avgPowerW > 0 ? Math.max(0.05, 5 / avgPowerW) : 0.05;
    return { low_factor: Math.max(0, 1 - relative), high_factor: 1 + relative };
}
const seconds = (ms) => `${Math.round(ms) / 1000} s`;
const nvidia_smi_csv_watts = (w) => `${Math.round(w * 10) / 10} W`;
/**
 * The report entry for one GPU over a window ending at `endMs`; `extraNotes` are the sampler's own
 * (restarts, stray lines). The last reading holds to the end; the time before the first reading is
 * left to `extendToWindow` (through `covered_ms`). A GPU with no reading at all is not measured,
 * never a zero.
 */
function tallyToComponent(tally, gapMs, endMs, extraNotes = []) {
    const { power } = tally;
    const gpu = `GPU ${tally.index}`;
    const notes = [];
    if (tally.rows === 0)
        notes.push(`nvidia-smi sent no row for ${gpu} while sampling`);
    const missing = Object.entries(tally.missing);
    if (missing.length > 0) {
        const counts = missing.map(([text, count]) => `${text} in ${count}`).join(" and ");
        notes.push(`power not available on ${gpu}: ${counts} of ${tally.rows} samples`);
    }
    if (power.gaps > 0) {
        notes.push(`${power.gaps} gap(s) over ${gapMs} ms between power samples on ${gpu} ` +
            `(longest ${seconds(power.longestGapMs)}), bridged linearly`);
    }
    const held = (0,integrate/* holdToEnd */.GB)(power, endMs);
    if (held === undefined && tally.probeW === undefined) {
        return {
            ok: false,
            reason: `${gpu} (${tally.uuid}) not measured: nvidia-smi gave no power reading for it` +
                `${notes.length > 0 ? ` (${notes.join("; ")})` : ""}; its energy is missing from the total, not zero`,
        };
    }
    let energyJ = 0;
    let coveredMs = 0;
    let averageW = tally.probeW ?? 0;
    if (held === undefined) {
        notes.push(`no power reading from ${gpu} while the command ran (it ended before nvidia-smi's first row): ` +
            `counted at the ${nvidia_smi_csv_watts(averageW)} read when probing, over the whole window`);
    }
    else {
        ({ energyJ, coveredMs, averageW } = held);
        if (power.samples === 1) {
            notes.push(`one power reading from ${gpu} (${nvidia_smi_csv_watts(averageW)}): counted at that power over the whole window`);
        }
        else if (held.heldMs > gapMs) {
            notes.push(`no power reading from ${gpu} in the last ${seconds(held.heldMs)}: the last one, ` +
                `${nvidia_smi_csv_watts(power.lastW ?? 0)}, is held to the end`);
        }
    }
    if (tally.utilizationRows > 0) {
        const average = Math.round(tally.utilizationSum / tally.utilizationRows);
        notes.push(`average utilization.gpu ${average}% over ${tally.utilizationRows} samples`);
    }
    return {
        ok: true,
        component: {
            kind: "gpu",
            device: `${tally.index}:${tally.uuid}`,
            model: tally.name,
            method: "measured",
            source: SOURCE,
            energy_j: energyJ,
            ...accuracyFactors(averageW),
            avg_power_w: averageW,
            samples: power.samples,
            covered_ms: coveredMs,
            notes: [...notes, ...extraNotes],
        },
    };
}

;// CONCATENATED MODULE: ./src/measure/nvidia-smi.ts
/**
 * GPU power through `nvidia-smi` (rank 2 for NVIDIA GPUs, when NVML cannot be loaded through FFI): one
 * long-lived `--query-gpu ... -lms N` process whose rows are integrated as they stream in. This file is
 * the process edge (find, run, restart, stop); the parsing and arithmetic are in nvidia-smi-csv.ts.
 */






const fail = (reason) => ({ ok: false, source: SOURCE, reason });
/** Finds nvidia-smi and a power field it can read on at least one GPU. Never throws. */
async function probeNvidiaSmi(options) {
    const exe = await findOnPath(options.path, "nvidia-smi");
    if (exe === undefined)
        return fail("nvidia-smi is not on PATH");
    const env = childEnv(options);
    const help = await runOnce(exe, ["--help-query-gpu"], env);
    const helpFailure = classifyFailure(help.output);
    if (helpFailure?.kind === "driver")
        return fail(`nvidia-smi cannot reach the driver: ${helpFailure.message}`);
    if (help.code !== 0)
        return fail(`nvidia-smi --help-query-gpu failed: ${help.problem}`);
    const candidates = parsePowerFields(help.output);
    if (candidates.length === 0) {
        return fail(`nvidia-smi --help-query-gpu lists no power field (looked for ${POWER_FIELDS.join(", ")})`);
    }
    const passedOver = [];
    for (const field of candidates) {
        const columns = queryColumns(field);
        const query = await runOnce(exe, queryArgs(columns), env);
        const failure = classifyFailure(query.output);
        if (failure?.kind === "invalid-field" && failure.field === field) {
            passedOver.push(`${field}: rejected (${failure.message})`);
            continue;
        }
        if (failure?.kind === "driver")
            return fail(`nvidia-smi cannot reach the driver: ${failure.message}`);
        if (failure?.kind === "no-devices")
            return fail(`nvidia-smi found no GPU (${failure.message})`);
        if (failure)
            return fail(`nvidia-smi rejected the query: ${failure.message}`);
        if (query.code !== 0)
            return fail(`nvidia-smi ${queryArgs(columns).join(" ")} failed: ${query.problem}`);
        const rows = query.output.split(/\r?\n/).flatMap((line) => parseGpuLine(line, columns) ?? []);
        if (rows.length === 0)
            return fail("nvidia-smi lists no GPU");
        if (rows.every((row) => "missing" in row.power)) {
            const shown = rows.map((row) => `GPU ${row.index}: ${"missing" in row.power ? row.power.missing : ""}`);
            passedOver.push(`${field}: no value (${shown.join(", ")})`);
            continue;
        }
        return { ok: true, meter: new NvidiaSmiSampler(exe, env, field, columns, rows, passedOver, options) };
    }
    return fail(`nvidia-smi gives no power reading: ${passedOver.join("; ")}`);
}
/** The first executable file called `name` on `pathList`; empty entries (the cwd) are not searched. */
async function findOnPath(pathList, name) {
    for (const dir of pathList.split(external_node_path_.delimiter)) {
        if (dir === "")
            continue;
        const candidate = (0,external_node_path_.join)(dir, name);
        try {
            await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
            if ((await (0,promises_.stat)(candidate)).isFile())
                return candidate;
        }
        catch {
            // Not here, or not ours to run: keep looking.
        }
    }
    return undefined;
}
const childEnv = (options) => options.env === undefined ? undefined : { ...options.env, PATH: options.path };
const firstLine = (text) => text
    .split(/\r?\n/)
    .find((line) => line.trim() !== "")
    ?.trim() ?? "";
/** Runs nvidia-smi to completion; a wedged driver can hang it, so it gets a deadline. */
function runOnce(exe, args, env) {
    return new Promise((resolve) => {
        let output = "";
        let problem = "";
        const child = (0,external_node_child_process_.spawn)(exe, args, { env, stdio: ["ignore", "pipe", "pipe"], timeout: 15_000 });
        child.stdout.on("data", (chunk) => {
            output += chunk;
        });
        child.stderr.on("data", (chunk) => {
            output += chunk;
        });
        child.on("error", (error) => {
            problem = error.message;
        });
        child.on("close", (code, signal) => {
            const how = signal ? `killed by ${signal}` : `exit code ${code}`;
            problem ||= firstLine(output) ? `${how}: ${firstLine(output)}` : how;
            resolve({ code, output, problem });
        });
    });
}
class NvidiaSmiSampler {
    exe;
    env;
    powerField;
    columns;
    listed;
    options;
    kind = "gpu";
    source = SOURCE;
    gpus = new Map();
    events = [];
    gapMs;
    clock;
    child;
    closed = Promise.resolve();
    restartTimer;
    restarts = 0;
    stopping = false;
    finished;
    rowsThisRun = 0;
    strayLines = 0;
    firstStray = "";
    lastRows = 0;
    lastRowPollMs;
    readingsListener;
    batchPending = false;
    notMeasured = [];
    constructor(exe, env, powerField, columns, listed, passedOver, options) {
        this.exe = exe;
        this.env = env;
        this.powerField = powerField;
        this.columns = columns;
        this.listed = listed;
        this.options = options;
        // Three missed intervals in a row is a hole worth telling the reader about, not jitter.
        this.gapMs = Math.max(1, options.intervalMs) * 3;
        this.clock = options.clock ?? (() => performance.now());
        for (const skipped of passedOver)
            this.events.push(`power field ${skipped}; using ${powerField}`);
    }
    start() {
        this.stopping = false;
        // Seeded from the probe's list, so a GPU that never shows up in the stream is still reported.
        for (const row of this.listed)
            this.gpus.set(tallyKey(row), seedTally(row));
        this.launch();
    }
    onReadings(listener) {
        this.readingsListener = listener;
    }
    /** Rows stream in on their own; polling only watches for a process that hangs without exiting. */
    poll(nowMs) {
        if (this.stopping || this.child === undefined)
            return;
        const rows = this.totalRows();
        if (rows !== this.lastRows || this.lastRowPollMs === undefined) {
            this.lastRows = rows;
            this.lastRowPollMs = nowMs;
            return;
        }
        const stallMs = this.options.stallMs ?? Math.max(15_000, 20 * this.options.intervalMs);
        if (nowMs - this.lastRowPollMs >= stallMs) {
            this.events.push(`nvidia-smi sent nothing for ${Math.round(nowMs - this.lastRowPollMs)} ms; stopped it`);
            this.lastRowPollMs = nowMs;
            this.child.kill("SIGKILL");
        }
    }
    finish(nowMs) {
        this.finished ??= this.stopAndReport(nowMs);
        return this.finished;
    }
    unmeasured() {
        return this.notMeasured;
    }
    async stopAndReport(endMs) {
        this.stopping = true;
        clearTimeout(this.restartTimer);
        await this.stop();
        if (this.strayLines > 0) {
            this.events.push(`${this.strayLines} line(s) from nvidia-smi not understood, first: "${this.firstStray}"`);
        }
        const components = [];
        for (const tally of this.tallies().sort((a, b) => Number(a.index) - Number(b.index))) {
            const result = tallyToComponent(tally, this.gapMs, endMs, this.events);
            if (result.ok)
                components.push(result.component);
            else
                this.notMeasured.push(result.reason);
        }
        return components;
    }
    snapshot() {
        let energy = 0;
        let power;
        for (const tally of this.gpus.values()) {
            energy += tally.power.energyJ;
            if (tally.power.lastW !== undefined)
                power = (power ?? 0) + tally.power.lastW;
        }
        return { energy_j: energy, ...(power === undefined ? {} : { power_w: power }) };
    }
    tallies() {
        return [...this.gpus.values()];
    }
    totalRows() {
        let rows = this.strayLines;
        for (const tally of this.gpus.values())
            rows += tally.rows;
        return rows;
    }
    launch() {
        const interval = String(Math.max(1, Math.round(this.options.intervalMs)));
        const child = (0,external_node_child_process_.spawn)(this.exe, [...queryArgs(this.columns), "-lms", interval], {
            env: this.env,
            stdio: ["ignore", "pipe", "pipe"],
        });
        this.child = child;
        this.rowsThisRun = 0;
        // A restart's wait and start-up are not a hang.
        this.lastRowPollMs = undefined;
        let errorText = "";
        child.stderr.on("data", (chunk) => {
            errorText = (errorText + chunk).slice(-2000);
        });
        child.on("error", (error) => {
            errorText ||= error.message;
        });
        (0,external_node_readline_.createInterface)({ input: child.stdout }).on("line", (line) => this.onLine(line));
        this.closed = new Promise((resolve) => {
            child.once("close", (code, signal) => {
                if (this.child === child)
                    this.child = undefined;
                if (!this.stopping)
                    this.onDied(signal ? `killed by ${signal}` : `exit code ${code}`, errorText);
                resolve();
            });
        });
    }
    onLine(line) {
        if (this.stopping)
            return;
        const tMs = this.clock();
        const row = parseGpuLine(line, this.columns);
        if (row === undefined) {
            if (line.trim() === "")
                return;
            this.strayLines += 1;
            if (this.strayLines === 1)
                this.firstStray = line.trim().slice(0, 120);
            return;
        }
        this.rowsThisRun += 1;
        const key = tallyKey(row);
        this.gpus.set(key, addGpuRow(this.gpus.get(key), row, tMs, this.gapMs));
        // One batch holds a row per GPU, read in one go: tell the sampler once, after the last of them.
        if (this.readingsListener && !this.batchPending) {
            this.batchPending = true;
            setImmediate(() => {
                this.batchPending = false;
                this.readingsListener?.();
            });
        }
    }
    onDied(how, errorText) {
        const said = firstLine(errorText);
        const died = `nvidia-smi sampling stopped (${how}${said ? `: ${said}` : ""}) after ${this.rowsThisRun} rows`;
        const maxRestarts = this.options.maxRestarts ?? 5;
        if (this.restarts >= maxRestarts) {
            this.events.push(`${died}; gave up after ${maxRestarts} restarts, no GPU power sampled after that`);
            return;
        }
        this.restarts += 1;
        // Backing off keeps a crash loop (driver gone, GPU fallen off the bus) from spinning.
        const delayMs = Math.min(30_000, (this.options.restartDelayMs ?? 500) * 2 ** (this.restarts - 1));
        this.events.push(`${died}; restarted after ${delayMs} ms (restart ${this.restarts} of ${maxRestarts})`);
        this.restartTimer = setTimeout(() => {
            if (!this.stopping)
                this.launch();
        }, delayMs);
    }
    async stop() {
        const child = this.child;
        if (child === undefined)
            return this.closed;
        child.kill("SIGTERM");
        const graceMs = this.options.killGraceMs ?? 2000;
        let timer;
        const exited = await Promise.race([
            this.closed.then(() => true),
            new Promise((resolve) => {
                timer = setTimeout(() => resolve(false), graceMs);
            }),
        ]);
        clearTimeout(timer);
        if (!exited) {
            this.events.push(`nvidia-smi ignored SIGTERM for ${graceMs} ms; killed it`);
            child.kill("SIGKILL");
            await this.closed;
        }
    }
}

;// CONCATENATED MODULE: ./src/measure/nvml-library.ts
const NVML_SUCCESS = 0;
const NVML_ERROR_NOT_SUPPORTED = 3;
// NVML_DEVICE_NAME_V2_BUFFER_SIZE and NVML_DEVICE_UUID_V2_BUFFER_SIZE are both 96 in nvml.h.
const STRING_BUFFER_SIZE = 96;
const message = (error) => (error instanceof Error ? error.message : String(error));
async function loadNvmlLibrary(libPath) {
    let koffi;
    try {
        // webpackIgnore keeps this a real dynamic import in the bundle (koffi ships beside it in
        // dist/node_modules): the CLI starts, and skips NVML, where koffi's native module cannot load.
        koffi = (await import(/* webpackIgnore: true */ "koffi")).default;
    }
    catch (error) {
        return {
            ok: false,
            reason: `koffi (the FFI module NVML is read through) failed to load on ${process.platform}-${process.arch}: ${message(error)}`,
        };
    }
    let lib;
    try {
        lib = koffi.load(libPath);
    }
    catch (error) {
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
    }
    catch (error) {
        return { ok: false, reason: `NVML library "${libPath}" lacks a required function: ${message(error)}` };
    }
}
function bind(lib) {
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
    const readString = (fn, device) => {
        text.fill(0);
        const code = fn(device, text, text.length);
        if (code !== NVML_SUCCESS)
            return { code };
        const end = text.indexOf(0);
        return { code, text: text.toString("utf8", 0, end < 0 ? text.length : end) };
    };
    const library = {
        value: 0,
        init: () => init(),
        shutdown: () => shutdown(),
        errorString: (code) => String(errorString(code) ?? `NVML error ${code}`),
        deviceCount() {
            const code = getCount(countCell);
            if (code === NVML_SUCCESS)
                library.value = countCell[0] ?? 0;
            return code;
        },
        handle(index) {
            const out = [null];
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
            if (code === NVML_SUCCESS)
                library.value = Number(energyCell[0]);
            return code;
        };
    }
    if (getPower) {
        library.readPower = (device) => {
            const code = getPower(device, powerCell);
            if (code === NVML_SUCCESS)
                library.value = powerCell[0] ?? 0;
            return code;
        };
    }
    return library;
}
function optional(lib, prototype) {
    try {
        return lib.func(prototype);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/measure/nvml.ts
/**
 * GPU energy through NVML (rank 1 for NVIDIA GPUs): the board's energy counter where the GPU has one
 * (Volta and newer), else its power reading sampled at every poll and integrated.
 */



const nvml_SOURCE = "nvml";
// NVIDIA states one accuracy figure: nvmlDeviceGetPowerUsage is "accurate to within +/- 5% of current
// power draw" (nvml.h and the NVML API reference, Device Queries; mirrored in cuda-python's
// cuda.bindings.nvml.device_get_power_usage page). The text says so for Fermi and Kepler and gives no
// figure for newer boards or for nvmlDeviceGetTotalEnergyConsumption, so ±5% is the documented bound
// we carry for both readings rather than a guarantee for every GPU.
const LOW_FACTOR = 0.95;
const HIGH_FACTOR = 1.05;
const nvml_fail = (reason) => ({ ok: false, source: nvml_SOURCE, reason });
const describe = (error) => (error instanceof Error ? error.message : String(error));
/** Looks for NVIDIA GPUs through NVML. Never throws: a failure comes back as a reason for the report. */
async function probeNvml(options) {
    const loaded = await loadNvmlLibrary(options.libPath);
    if (!loaded.ok)
        return nvml_fail(loaded.reason);
    const nvml = loaded.library;
    let initialised = false;
    try {
        const init = nvml.init();
        if (init !== NVML_SUCCESS)
            return nvml_fail(`nvmlInit_v2 failed: ${explain(nvml, init)}`);
        initialised = true;
        const countCode = nvml.deviceCount();
        if (countCode !== NVML_SUCCESS) {
            nvml.shutdown();
            return nvml_fail(`nvmlDeviceGetCount_v2 failed: ${explain(nvml, countCode)}`);
        }
        const count = nvml.value;
        if (count === 0) {
            nvml.shutdown();
            return nvml_fail("NVML is loaded but reports no GPU (nvmlDeviceGetCount_v2 returned 0)");
        }
        const gpus = Array.from({ length: count }, (_, index) => openGpu(nvml, index));
        if (gpus.every((gpu) => gpu.mode === "none")) {
            nvml.shutdown();
            const why = gpus.map((gpu) => `${gpu.label}: ${gpu.notes.join("; ")}`).join("; ");
            return nvml_fail(`NVML found ${plural(count, "GPU")} but could read none: ${why}`);
        }
        return { ok: true, meter: new NvmlMeter(nvml, gpus, options.intervalMs) };
    }
    catch (error) {
        if (initialised)
            safeShutdown(nvml);
        return nvml_fail(`NVML call failed: ${describe(error)}`);
    }
}
function explain(nvml, code) {
    return `${nvml.errorString(code)} (${code})`;
}
function safeShutdown(nvml) {
    try {
        nvml.shutdown();
    }
    catch {
        // Nothing more to release: the failure that got us here is the one worth reporting.
    }
}
/** Names the device and decides, with one trial reading, whether it gives a counter, power or nothing. */
function openGpu(nvml, index) {
    const gpu = {
        label: String(index),
        mode: "none",
        counter: (0,integrate/* emptyCounterTotal */.Ed)(),
        power: (0,integrate/* emptyPowerIntegral */.ns)(),
        attempts: 0,
        failures: 0,
        lastError: NVML_SUCCESS,
        notes: [],
    };
    const { code, device } = nvml.handle(index);
    if (device === undefined) {
        gpu.notes.push(`not measured: nvmlDeviceGetHandleByIndex_v2 failed: ${explain(nvml, code)}`);
        return gpu;
    }
    gpu.handle = device;
    const uuid = nvml.uuid(device);
    if (uuid.text)
        gpu.label = `${index}:${uuid.text}`;
    gpu.model = nvml.name(device).text;
    let counterProblem;
    if (!nvml.readEnergy) {
        counterProblem = "this NVML has no nvmlDeviceGetTotalEnergyConsumption";
    }
    else {
        const energy = nvml.readEnergy(device);
        if (energy === NVML_SUCCESS) {
            gpu.mode = "counter";
            return gpu;
        }
        counterProblem =
            energy === NVML_ERROR_NOT_SUPPORTED
                ? "energy counter not supported"
                : `energy counter failed: ${explain(nvml, energy)}`;
    }
    const power = nvml.readPower ? nvml.readPower(device) : undefined;
    if (power === NVML_SUCCESS) {
        gpu.mode = "power";
        gpu.notes.push(`power sampled: ${counterProblem}`);
    }
    else {
        const powerProblem = power === undefined ? "this NVML has no nvmlDeviceGetPowerUsage" : explain(nvml, power);
        gpu.notes.push(`not measured: ${counterProblem}; power reading failed: ${powerProblem}`);
    }
    return gpu;
}
class NvmlMeter {
    nvml;
    gpus;
    kind = "gpu";
    source = nvml_SOURCE;
    startMs = 0;
    finished = false;
    endMs;
    gapMs;
    constructor(nvml, gpus, intervalMs) {
        this.nvml = nvml;
        this.gpus = gpus;
        // Three missed polls in a row is a hole worth telling the reader about, not jitter.
        this.gapMs = Math.max(1, intervalMs) * 3;
    }
    /** Energy counters (64-bit mJ) lose nothing between readings; sampled power needs every interval. */
    get readEveryMs() {
        return this.gpus.every((gpu) => gpu.mode !== "power") ? types/* CUMULATIVE_READ_EVERY_MS */.c : undefined;
    }
    start(nowMs) {
        this.startMs = nowMs;
        for (const gpu of this.gpus) {
            gpu.counter = (0,integrate/* emptyCounterTotal */.Ed)();
            gpu.power = (0,integrate/* emptyPowerIntegral */.ns)();
            gpu.firstMs = undefined;
            gpu.lastMs = undefined;
            gpu.powerW = undefined;
            gpu.attempts = 0;
            gpu.failures = 0;
        }
        this.poll(nowMs);
    }
    poll(nowMs) {
        if (this.finished)
            return;
        for (const gpu of this.gpus)
            this.read(gpu, nowMs);
    }
    finish(nowMs) {
        if (this.endMs === undefined) {
            this.poll(nowMs);
            this.finished = true;
            this.endMs = nowMs;
            safeShutdown(this.nvml);
        }
        const endMs = this.endMs;
        return this.gpus.flatMap((gpu) => {
            const entry = this.entry(gpu, endMs);
            return typeof entry === "string" ? [] : [entry];
        });
    }
    unmeasured() {
        const endMs = this.endMs;
        if (endMs === undefined)
            return [];
        return this.gpus.flatMap((gpu) => {
            const entry = this.entry(gpu, endMs);
            return typeof entry === "string" ? [entry] : [];
        });
    }
    snapshot() {
        let energyJ = 0;
        let powerW;
        for (const gpu of this.gpus) {
            energyJ += gpu.mode === "counter" ? gpu.counter.energy / 1000 : gpu.power.energyJ;
            if (gpu.powerW !== undefined)
                powerW = (powerW ?? 0) + gpu.powerW;
        }
        return powerW === undefined ? { energy_j: energyJ } : { energy_j: energyJ, power_w: powerW };
    }
    read(gpu, nowMs) {
        if (gpu.handle === undefined || gpu.mode === "none")
            return;
        const nvml = this.nvml;
        gpu.attempts += 1;
        let code;
        if (gpu.mode === "counter" && nvml.readEnergy) {
            code = nvml.readEnergy(gpu.handle);
            if (code === NVML_SUCCESS) {
                const before = gpu.counter.energy;
                gpu.counter = (0,integrate/* addCounter */.I5)(gpu.counter, nvml.value);
                // mJ per ms is W.
                if (gpu.lastMs !== undefined && nowMs > gpu.lastMs) {
                    gpu.powerW = (gpu.counter.energy - before) / (nowMs - gpu.lastMs);
                }
            }
        }
        else if (gpu.mode === "power" && nvml.readPower) {
            code = nvml.readPower(gpu.handle);
            if (code === NVML_SUCCESS) {
                gpu.powerW = nvml.value / 1000;
                gpu.power = (0,integrate/* addPower */.TV)(gpu.power, nowMs, gpu.powerW, this.gapMs);
            }
        }
        else {
            return;
        }
        if (code !== NVML_SUCCESS) {
            gpu.failures += 1;
            gpu.lastError = code;
            return;
        }
        gpu.firstMs ??= nowMs;
        gpu.lastMs = nowMs;
    }
    /** The power held from the last reading to the end: sampled, or the counter's last interval. */
    covered(gpu, nowMs) {
        if (gpu.mode === "power")
            return (0,integrate/* holdToEnd */.GB)(gpu.power, nowMs);
        if (gpu.counter.readings < 2 || gpu.firstMs === undefined || gpu.lastMs === undefined)
            return undefined;
        const heldMs = Math.max(0, nowMs - gpu.lastMs);
        const energyJ = gpu.counter.energy / 1000 + (gpu.powerW ?? 0) * (heldMs / 1000);
        const coveredMs = gpu.lastMs + heldMs - gpu.firstMs;
        return {
            energyJ,
            coveredMs,
            heldMs,
            averageW: coveredMs > 0 ? energyJ / (coveredMs / 1000) : (gpu.powerW ?? 0),
        };
    }
    /** The GPU's component, or why it has none (said in the step's notes, never a zero). */
    entry(gpu, nowMs) {
        const held = gpu.mode === "none" ? undefined : this.covered(gpu, nowMs);
        const why = gpu.failures > 0 ? `: ${explain(this.nvml, gpu.lastError)}` : "";
        if (held === undefined) {
            const reasons = gpu.mode === "none"
                ? gpu.notes.map((note) => note.replace(/^not measured: /, ""))
                : [
                    ...gpu.notes,
                    gpu.mode === "counter"
                        ? `${gpu.counter.readings} of ${gpu.attempts} energy counter readings succeeded, 2 are needed${why}`
                        : `no power reading of ${gpu.attempts} succeeded${why}`,
                ];
            return `GPU ${gpu.label} not measured (nvml): ${reasons.join("; ")}; its energy is missing from the total, not zero`;
        }
        const notes = [...gpu.notes];
        const counter = gpu.mode === "counter";
        const samples = counter ? gpu.counter.readings : gpu.power.samples;
        if (gpu.failures > 0) {
            notes.push(`${gpu.failures} of ${gpu.attempts} readings failed (last: ${explain(this.nvml, gpu.lastError)})`);
        }
        if (!counter && samples === 1) {
            notes.push(`one power reading (${round(held.averageW)} W): counted at that power over the whole window`);
        }
        else if (held.heldMs > 0) {
            // finish() reads every device at the end: a held tail means the last readings failed.
            notes.push(`no reading in the last ${round(held.heldMs / 1000)} s of the ${round((nowMs - this.startMs) / 1000)} s ` +
                `window: the last power, ${round(gpu.powerW ?? 0)} W, is held to the end`);
        }
        if (counter && gpu.counter.resets > 0) {
            notes.push(`energy counter went backwards ${plural(gpu.counter.resets, "time")} (driver reloaded?); ` +
                "the energy of those intervals is not counted");
        }
        if (!counter && gpu.power.gaps > 0) {
            notes.push(`${plural(gpu.power.gaps, "gap")} over ${this.gapMs} ms between power samples ` +
                `(longest ${round(gpu.power.longestGapMs / 1000)} s), bridged linearly`);
        }
        return {
            kind: "gpu",
            device: gpu.label,
            ...(gpu.model === undefined ? {} : { model: gpu.model }),
            method: "measured",
            source: nvml_SOURCE,
            energy_j: held.energyJ,
            low_factor: LOW_FACTOR,
            high_factor: HIGH_FACTOR,
            avg_power_w: held.averageW,
            samples,
            covered_ms: held.coveredMs,
            notes,
        };
    }
}
const round = (value) => Math.round(value * 1000) / 1000;
const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;

// EXTERNAL MODULE: ./src/measure/platform.ts
var platform = __webpack_require__(8621);
;// CONCATENATED MODULE: ./src/measure/ram-model.ts
/**
 * RAM energy from installed capacity (rank 3, or rank 4 when the size is declared): DRAM draws
 * refresh and standby power whether or not the job touches it, so capacity is the best single proxy
 * once RAPL's dram domain is out of reach.
 */


const RAM_MODEL_SOURCE = "ram-model";
/**
 * 0.392 W per GB: Gough, Steiner, Saunders, "Energy Efficient Servers: Blueprints for Data Center
 * Optimization" (Apress, 2015), the figure Cloud Carbon Footprint carries
 * (https://www.cloudcarbonfootprint.org/docs/methodology/). The rules of thumb others use (3 W per
 * 8 GB = 0.375; 0.3725) sit within 5% of it.
 */
const RAM_W_PER_GB = 0.392;
/**
 * High: Crucial's rule of thumb for sizing a power supply, 5 W per module, deliberately generous
 * ("estimate high"), over an 8 GB module: 0.625 W/GB
 * (https://www.crucial.com/support/articles-faq-memory/how-much-power-does-memory-use).
 */
const RAM_HIGH_W_PER_GB = 5 / 8;
/**
 * Low: half the central figure. A judgment, not a measurement: an idle DIMM still pays background
 * and refresh power, a large share of its loaded draw in Micron's DDR4 power model (TN-40-07), and
 * large modules draw less per GB than the 8 GB ones behind most published figures.
 */
const RAM_LOW_W_PER_GB = RAM_W_PER_GB / 2;
/** A meter for `gb` of memory at the per-GB power, over the step's wall time. */
function ramMeter(gb, basis) {
    if (!(gb > 0 && Number.isFinite(gb))) {
        throw new RangeError(`memory size must be a positive number of GB, got ${gb}`);
    }
    const watts = RAM_W_PER_GB * gb;
    const shown = Number(gb.toPrecision(4));
    return wallTimeMeter({
        kind: "ram",
        source: basis.source,
        method: basis.method,
        watts,
        lowFactor: RAM_LOW_W_PER_GB / RAM_W_PER_GB,
        highFactor: RAM_HIGH_W_PER_GB / RAM_W_PER_GB,
        device: "system",
        notes: [
            `${RAM_W_PER_GB} W/GB x ${shown} GB (${basis.from}) = ${Number(watts.toPrecision(3))} W ` +
                `(Gough et al., Energy Efficient Servers, 2015); range ${RAM_LOW_W_PER_GB}-${RAM_HIGH_W_PER_GB} W/GB`,
        ],
    });
}
/** Looks for /proc/meminfo; the meter does no I/O after that. */
function probeRamModel(options) {
    let gb;
    try {
        gb = readMemTotalGb(options.procRoot);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
            ok: false,
            source: RAM_MODEL_SOURCE,
            reason: `cannot read MemTotal from ${options.procRoot}/meminfo: ${message}`,
        };
    }
    return {
        ok: true,
        meter: ramMeter(gb, { method: "estimated", source: RAM_MODEL_SOURCE, from: "MemTotal in /proc/meminfo" }),
    };
}
/** Memory size given by the user (`--memory-gb`, `hardware.memory_gb`). */
const declaredRamMeter = (gb, from = "declared") => ramMeter(gb, { method: "declared", source: DECLARED_SOURCE, from });

;// CONCATENATED MODULE: ./src/measure/rapl-domains.ts
/**
 * Which powercap zones to count, decided from their names alone (pure; `rapl.ts` owns the I/O).
 *
 * In /sys/class/powercap every zone is a flat entry named `<control type>:<index>[:<sub>]`, e.g.
 * `intel-rapl:0` (`package-0`), `intel-rapl:0:0` (`core`), `intel-rapl:0:2` (`dram`, `:0:0` on
 * servers without core/uncore), `intel-rapl:1` (`psys`) and `intel-rapl-mmio:0` (`package-0` again).
 * The domains overlap, so summing everything over-counts: core and uncore are inside the package,
 * psys contains the package, and the MMIO zone is a second window on the MSR package counter.
 */
const ZONE_ID = /^([a-z][a-z0-9-]*):(\d+(?::\d+)*)$/;
const PACKAGE_NAME = /^package-(\d+)(?:-die-(\d+))?$/;
/** Parses a zone entry name; undefined for control types (`intel-rapl`) and anything not RAPL. */
function parseZoneId(id) {
    const match = ZONE_ID.exec(id);
    if (!match?.[1] || !match[2] || !match[1].includes("rapl"))
        return undefined;
    return { controlType: match[1], indices: match[2].split(":").map(Number) };
}
/** The MSR interface is the one every kernel since 3.13 has; MMIO/TPMI zones repeat its packages. */
const controlTypeRank = (controlType) => (controlType === "intel-rapl" ? 0 : 1);
const byNumbers = (a, b) => a.localeCompare(b, "en", { numeric: true });
function classify(zone, parsed, names) {
    const skip = (reason) => ({ zone: zone.id, name: zone.name, reason });
    const topLevel = parsed.indices.length === 1;
    const parentId = `${parsed.controlType}:${parsed.indices[0]}`;
    const parentName = topLevel ? undefined : names.get(parentId);
    const packageMatch = PACKAGE_NAME.exec(zone.name);
    if (packageMatch && topLevel) {
        const socket = Number(packageMatch[1]);
        return { kind: "package", zone, parsed, key: zone.name, device: zone.name, socket };
    }
    if (zone.name === "dram") {
        const socketMatch = parentName ? PACKAGE_NAME.exec(parentName) : null;
        const device = parentName
            ? `${parentName}/dram`
            : topLevel
                ? `dram-${parsed.indices[0]}`
                : `${zone.id}/dram`;
        const key = parentName ? device : `${parsed.controlType}:${parsed.indices.join(":")}`;
        return {
            kind: "dram",
            zone,
            parsed,
            key,
            device,
            socket: socketMatch ? Number(socketMatch[1]) : undefined,
        };
    }
    if (zone.name === "psys")
        return skip("psys (platform) already contains the package; counting both doubles it");
    if (zone.name === "core" || zone.name === "uncore") {
        return skip(`${zone.name} is inside ${parentName ?? "its package"}, which is counted whole`);
    }
    return skip("not a package or dram domain");
}
/**
 * Picks the package and dram domains to read, one zone per physical domain: a name seen through
 * several control types is read once, through the MSR one when present.
 */
function selectRaplDomains(zones) {
    const names = new Map(zones.map((zone) => [zone.id, zone.name]));
    const candidates = [];
    const skipped = [];
    for (const zone of zones) {
        const parsed = parseZoneId(zone.id);
        if (!parsed)
            continue;
        const result = classify(zone, parsed, names);
        if ("reason" in result)
            skipped.push(result);
        else
            candidates.push(result);
    }
    candidates.sort((a, b) => controlTypeRank(a.parsed.controlType) - controlTypeRank(b.parsed.controlType) ||
        byNumbers(a.zone.id, b.zone.id));
    const chosen = new Map();
    for (const candidate of candidates) {
        const kept = chosen.get(candidate.key);
        if (kept) {
            const note = `${candidate.zone.id} (${candidate.zone.name}) repeats ${kept.zone}; counted once`;
            kept.notes.push(note);
            skipped.push({ zone: candidate.zone.id, name: candidate.zone.name, reason: note });
            continue;
        }
        chosen.set(candidate.key, {
            kind: candidate.kind,
            zone: candidate.zone.id,
            device: candidate.device,
            ...(candidate.socket === undefined ? {} : { socket: candidate.socket }),
            notes: [],
        });
    }
    const domains = [...chosen.values()].sort((a, b) => byNumbers(a.device, b.device));
    return {
        packages: domains.filter((domain) => domain.kind === "package"),
        drams: domains.filter((domain) => domain.kind === "dram"),
        skipped,
    };
}
/**
 * Drops domains that are the same counter as an earlier one of the same kind and socket: on multi-die
 * AMD parts (Threadripper, EPYC Zen 1/2) the kernel lists `package-0-die-0` and `package-0-die-1`, yet
 * both read the one socket-wide counter (mlco2/codecarbon#1274). `first` holds one reading of every
 * domain taken in list order, then `second` another pass in the same order, so a reading of a later
 * domain was taken between the two readings of an earlier one: a mirror must fall inside that
 * bracket, while independent counters (distinct dies on Cascade Lake-AP) sit far apart. Zero is
 * never taken as a match: it means an idle or dead counter, not a shared one.
 */
function collapseMirrors(domains, first, second) {
    const kept = [];
    const keptIndex = [];
    const skipped = [];
    domains.forEach((domain, j) => {
        const value = first[j] ?? Number.NaN;
        const original = keptIndex.find((i) => {
            const other = domains[i];
            const low = first[i] ?? Number.NaN;
            const high = second[i] ?? Number.NaN;
            return (other !== undefined &&
                other.kind === domain.kind &&
                other.socket !== undefined &&
                other.socket === domain.socket &&
                value > 0 &&
                low <= value &&
                value <= high);
        });
        const target = original === undefined ? undefined : kept[keptIndex.indexOf(original)];
        if (target) {
            const note = `${domain.device} (${domain.zone}) reads the same counter as ${target.device}; counted once`;
            target.notes.push(note);
            skipped.push({ zone: domain.zone, name: domain.device, reason: note });
            return;
        }
        kept.push({ ...domain, notes: [...domain.notes] });
        keptIndex.push(j);
    });
    return { kept, skipped };
}

// EXTERNAL MODULE: ./src/measure/rapl-meter.ts
var rapl_meter = __webpack_require__(1211);
;// CONCATENATED MODULE: ./src/measure/rapl.ts
/**
 * CPU package and DRAM energy from RAPL counters under Linux powercap (rank 1 for CPU and RAM).
 * The I/O edge: lists zones, reads `energy_uj`; which zones count is decided in `rapl-domains.ts`.
 */




const NO_DRAM = "no RAPL dram domain (common on client and AMD CPUs)";
const defaultRead = (path) => (0,external_node_fs_.readFileSync)(path, "utf8");
const CONSTRAINT_POWER = /^constraint_\d+_(power_limit|max_power)_uw$/;
/** The zone's own bound on its power: the highest of its long-term, short-term and peak limits. */
function statedMaxPowerW(dir, read) {
    let files;
    try {
        files = (0,external_node_fs_.readdirSync)(dir).filter((name) => CONSTRAINT_POWER.test(name));
    }
    catch {
        return undefined;
    }
    let maxUw = 0;
    for (const name of files) {
        try {
            maxUw = Math.max(maxUw, (0,rapl_meter/* readCounter */.zO)(read, (0,external_node_path_.join)(dir, name)));
        }
        catch {
            // An unreadable or odd limit just says nothing; the assumed maximum stands in.
        }
    }
    return maxUw > 0 ? maxUw / 1e6 : undefined;
}
const noRapl = (root) => `no RAPL (no ${(0,external_node_path_.join)(root, "intel-rapl*")}: not an Intel/AMD CPU, a VM, or not Linux)`;
function readZones(root, read) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(root);
    }
    catch (error) {
        const code = (0,rapl_meter/* errorCode */.CA)(error);
        if (code === "ENOENT" || code === "ENOTDIR")
            return noRapl(root);
        return `cannot list ${root}: ${error instanceof Error ? error.message : String(error)}`;
    }
    const zones = [];
    for (const id of entries) {
        if (!parseZoneId(id))
            continue;
        try {
            // stat, not read: energy_uj may be root-only, and that is reported once we know the zone counts.
            if (!(0,external_node_fs_.statSync)((0,external_node_path_.join)(root, id, "energy_uj")).isFile())
                continue;
            zones.push({ id, name: read((0,external_node_path_.join)(root, id, "name")).trim() });
        }
        catch {
            // A zone without a readable name or any counter has nothing to offer.
        }
    }
    return zones.length > 0 ? zones : noRapl(root);
}
function unreadableReason(root, path, error, domains) {
    const code = (0,rapl_meter/* errorCode */.CA)(error);
    if (code === "EACCES" || code === "EPERM") {
        const types = [...new Set(domains.map((open) => parseZoneId(open.domain.zone)?.controlType))];
        const globs = types.map((type) => (0,external_node_path_.join)(root, `${type}:*`, "energy_uj")).join(" ");
        return (`${path} is readable by root only (since Linux 5.10, CVE-2020-8694); ` +
            `run as root or \`sudo chmod o+r ${globs}\` (reset at reboot)`);
    }
    return `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`;
}
/** Takes two passes of readings so `collapseMirrors` can tell shared counters from distinct ones. */
function openKind(kind, root, domains, read) {
    const opened = domains.map((domain) => {
        const dir = (0,external_node_path_.join)(root, domain.zone);
        let maxRangeUj;
        try {
            maxRangeUj = (0,rapl_meter/* readCounter */.zO)(read, (0,external_node_path_.join)(dir, "max_energy_range_uj"));
        }
        catch {
            // Without the range a lower reading is taken as a reset and skipped: under-count, never negative.
        }
        const statedMaxW = statedMaxPowerW(dir, read);
        return {
            domain,
            energyPath: (0,external_node_path_.join)(dir, "energy_uj"),
            ...(maxRangeUj ? { maxRangeUj } : {}),
            ...(statedMaxW ? { statedMaxW } : {}),
        };
    });
    const passes = [[], []];
    for (const pass of passes) {
        for (const open of opened) {
            try {
                pass.push((0,rapl_meter/* readCounter */.zO)(read, open.energyPath));
            }
            catch (error) {
                return {
                    ok: false,
                    source: rapl_meter/* RAPL_SOURCE */.Q1,
                    reason: unreadableReason(root, open.energyPath, error, opened),
                };
            }
        }
    }
    const [first = [], second = []] = passes;
    if (first.every((value) => value === 0)) {
        return {
            ok: false,
            source: rapl_meter/* RAPL_SOURCE */.Q1,
            reason: "RAPL counters read 0 (emulated or disabled RAPL, e.g. a VM)",
        };
    }
    const { kept } = collapseMirrors(domains, first, second);
    const keptOpen = kept.map((domain) => {
        const open = opened.find((candidate) => candidate.domain.zone === domain.zone);
        if (!open)
            throw new Error(`RAPL domain ${domain.zone} vanished between selection and opening`);
        return { ...open, domain };
    });
    return { ok: true, meter: new rapl_meter/* RaplMeter */.zZ(kind, keptOpen, read) };
}
/** Looks for RAPL under `powercapRoot`; one probe per component kind, each with its reason when unusable. */
function probeRapl(options) {
    const root = options.powercapRoot;
    const read = options.readFile ?? defaultRead;
    const zones = readZones(root, read);
    if (typeof zones === "string") {
        const failed = { ok: false, source: rapl_meter/* RAPL_SOURCE */.Q1, reason: zones };
        return { cpu: failed, ram: failed };
    }
    const selection = selectRaplDomains(zones);
    const found = zones.map((zone) => zone.name).join(", ");
    return {
        cpu: selection.packages.length > 0
            ? openKind("cpu", root, selection.packages, read)
            : {
                ok: false,
                source: rapl_meter/* RAPL_SOURCE */.Q1,
                reason: `no RAPL package domain under ${root} (found: ${found})`,
            },
        ram: selection.drams.length > 0
            ? openKind("ram", root, selection.drams, read)
            : { ok: false, source: rapl_meter/* RAPL_SOURCE */.Q1, reason: NO_DRAM },
    };
}

;// CONCATENATED MODULE: ./src/measure/select.ts
/**
 * Chooses one source per component, best first (docs/methodology.md): GPU NVML > nvidia-smi >
 * declared; CPU RAPL > utilisation model > declared; RAM RAPL dram > declared size > installed size.
 * Why each better source was skipped is kept for the report, and a component no source can serve is
 * said out loud, never a silent zero.
 */










async function detectMachine(env) {
    // Loaded here, after the command has been spawned: it is a large module, and start-up is the user's.
    const cpu = await __webpack_require__.e(/* import() */ 754).then(__webpack_require__.t.bind(__webpack_require__, 2754, 23)).then((si) => si.default.cpu()).catch(() => undefined);
    const cpuModel = [cpu?.manufacturer, cpu?.brand].filter(Boolean).join(" ").trim() || "unknown CPU";
    let memoryGb;
    try {
        memoryGb = readMemTotalGb(env.procRoot);
    }
    catch {
        memoryGb = (0,external_node_os_.totalmem)() / 1024 ** 3;
    }
    const cpuSpec = (0,cpus/* findCpu */.uq)(cpuModel);
    return {
        cpuModel,
        ...(cpuSpec && { cpuSpec }),
        cpuSockets: cpu?.processors || 1,
        vcpus: cpu?.cores || 0,
        memoryGb,
        platform: (0,platform/* readPlatform */.Kd)(env.dmiRoot),
    };
}
const because = (probe) => `${probe.source} not used: ${probe.reason}`;
async function selectMeters(options) {
    const { env, intervalMs, declared, machine } = options;
    const meters = [];
    const skipped = { gpu: [], cpu: [], ram: [] };
    const missing = [];
    const take = (kind, probe) => {
        if (probe.ok)
            meters.push(probe.meter);
        else
            skipped[kind]?.push(because(probe));
        return probe.ok;
    };
    const gpuFound = take("gpu", await probeNvml({ libPath: env.nvmlLib, intervalMs })) ||
        take("gpu", await probeNvidiaSmi({ path: env.path, intervalMs }));
    if (!gpuFound) {
        if (declared.gpu)
            meters.push(declaredGpuMeter(declared.gpu.spec, declared.gpu.count));
        else
            missing.push(`no GPU measured (${skipped.gpu?.join("; ")}); if this machine has one, declare it: the config's hardware.gpu, the action's gpu input or run's --gpu MODEL`);
    }
    const rapl = probeRapl({ powercapRoot: env.powercapRoot, intervalMs });
    const cpuSpec = declared.cpu ?? machine.cpuSpec;
    const cpuFound = take("cpu", rapl.cpu) ||
        take("cpu", probeCpuModel({
            procRoot: env.procRoot,
            intervalMs,
            cpu: cpuSpec,
            vcpus: machine.vcpus,
            detectedModel: machine.cpuModel,
        }));
    if (!cpuFound) {
        if (cpuSpec)
            meters.push(declaredCpuMeter(cpuSpec, machine.vcpus > 0 ? { vcpus: machine.vcpus } : {}));
        else
            missing.push(`no CPU energy (${skipped.cpu?.join("; ")}); declare the CPU: the config's hardware.cpu or run's --cpu MODEL`);
    }
    if (!take("ram", rapl.ram)) {
        if (declared.memoryGb !== undefined)
            meters.push(declaredRamMeter(declared.memoryGb, "--memory-gb"));
        else if (!take("ram", probeRamModel({ procRoot: env.procRoot }))) {
            missing.push(`no RAM energy (${skipped.ram?.join("; ")}); declare it with --memory-gb N`);
        }
    }
    return { meters, skipped, missing };
}


/***/ }),

/***/ 8329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ CUMULATIVE_READ_EVERY_MS)
/* harmony export */ });
/** The shared vocabulary of the measuring engine: what a source reports and how it was obtained. */
/**
 * How often cumulative sources are read at most: an idle process wakes rarely. A counter with a small
 * wrap range is read more often (rapl.ts: never twice its wrap between readings); a real package
 * range, ~262 kJ, takes 873 s to wrap at 300 W, so 10 s holds for it.
 */
const CUMULATIVE_READ_EVERY_MS = 10_000;


/***/ })

};
