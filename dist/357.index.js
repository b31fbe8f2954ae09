export const id = 357;
export const ids = [357];
export const modules = {

/***/ 8621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kd: () => (/* binding */ readPlatform),
/* harmony export */   d5: () => (/* binding */ describePlatform)
/* harmony export */ });
/* unused harmony export classifyPlatform */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
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

/***/ 28357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ reportForMeasured),
  reportForUnmeasured: () => (/* binding */ reportForUnmeasured)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./data/embodied.json
var embodied = __webpack_require__(51860);
// EXTERNAL MODULE: ./src/hardware/gpus.ts
var gpus = __webpack_require__(5657);
// EXTERNAL MODULE: ./src/hardware/table-schema.ts
var table_schema = __webpack_require__(29042);
;// CONCATENATED MODULE: ./src/carbon/embodied.ts
/**
 * Embodied emissions of one step, the Green Software Foundation SCI's M = TE x (TiR / EL) x (RR / ToR):
 * the hardware's total embodied emissions, times the share of its expected life the step took, times the
 * share of the machine it reserved. GPUs count whole (a job that uses a GPU reserves all of it); the server
 * platform counts by the job's share of vCPUs; memory counts by the GB the job sees. Figures and their
 * sources: data/embodied.json and the `embodied_kg` column of data/gpus.json.
 */




const rangedSchema = schemas/* strictObject */.rej({
    kg: schemas/* number */.aig().positive(),
    low_kg: schemas/* number */.aig().positive(),
    high_kg: schemas/* number */.aig().positive(),
    source: table_schema/* sourceSchema */.dr,
    range: schemas/* string */.YjP().min(1),
    range_sources: schemas/* array */.YOg(table_schema/* sourceSchema */.dr).min(1),
    note: schemas/* string */.YjP().min(1).optional(),
});
const embodiedTableSchema = schemas/* strictObject */.rej({
    description: schemas/* string */.YjP(),
    lifetime: schemas/* strictObject */.rej({ years: schemas/* number */.aig().positive(), source: table_schema/* sourceSchema */.dr, note: schemas/* string */.YjP().min(1) }),
    gpu_range: schemas/* strictObject */.rej({
        low_factor: schemas/* number */.aig().positive().max(1),
        high_factor: schemas/* number */.aig().min(1),
        range: schemas/* string */.YjP().min(1),
        range_sources: schemas/* array */.YOg(table_schema/* sourceSchema */.dr).min(1),
        note: schemas/* string */.YjP().min(1).optional(),
    }),
    gpu_default: rangedSchema,
    server: rangedSchema,
    memory_per_gb: rangedSchema,
});
/** Parsed once at load: a bad row in our own table should fail every test, not one odd estimate. */
const EMBODIED = embodiedTableSchema.parse(embodied);
const SECONDS_PER_YEAR = 365.25 * 86_400;
/** EL when the caller gives none: 4 years (Cloud Carbon Footprint, after the Dell R740 LCA). */
const DEFAULT_LIFETIME_YEARS = EMBODIED.lifetime.years;
const ZERO = { grams: 0, low_g: 0, high_g: 0 };
const add = (a, b) => ({
    grams: a.grams + b.grams,
    low_g: a.low_g + b.low_g,
    high_g: a.high_g + b.high_g,
});
const scaled = (figure, factor) => ({
    grams: figure.kg * 1000 * factor,
    low_g: figure.low_kg * 1000 * factor,
    high_g: figure.high_kg * 1000 * factor,
});
/**
 * Numbers in notes as a person writes them: counts exact (96 vCPUs, 1000 kg), other figures to three
 * significant figures (23.5855 GB reads 23.6 GB, 1.388 kg/GB reads 1.39 kg/GB).
 */
const num = (n) => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(3))));
function requireNonNegative(name, value) {
    if (!Number.isFinite(value) || value < 0) {
        throw new RangeError(`embodied: ${name} must be a finite number >= 0, got ${value}`);
    }
}
/** The per-GPU figure and its range: the table's own, or the documented default with a note. */
function gpuFigure(gpu) {
    const spec = gpu.spec ?? (0,gpus/* findGpu */.GO)(gpu.model);
    const { gpu_range: range, gpu_default: fallback } = EMBODIED;
    if (spec?.embodied_kg !== undefined) {
        const kg = spec.embodied_kg;
        return {
            figure: { kg, low_kg: kg * range.low_factor, high_kg: kg * range.high_factor },
            name: spec.name,
        };
    }
    const why = spec
        ? `no embodied figure for ${spec.name}`
        : `GPU model "${gpu.model}" not found in data/gpus.json`;
    return {
        figure: fallback,
        name: spec?.name ?? gpu.model,
        note: `${why}: assumed ${num(fallback.kg)} kg CO2e per GPU (${num(fallback.low_kg)}-${num(fallback.high_kg)} kg)`,
    };
}
/**
 * The job's share of the server (RR / ToR), with its range when the host's size is an estimate. Without
 * both vCPU counts the whole machine is counted: that overstates a shared host, the safer error for a
 * budget than leaving it out (measure/ always gives a host, estimated when it must).
 */
function serverShare(server) {
    const { vcpusUsed: used, vcpusTotal: total } = server;
    if (used === undefined || total === undefined) {
        return {
            share: 1,
            low: 1,
            high: 1,
            text: "whole machine",
            note: "the job's share of the server is unknown (vCPUs used and total not both given): the whole server is counted",
        };
    }
    const totalLow = server.vcpusTotalLow ?? total;
    const totalHigh = server.vcpusTotalHigh ?? total;
    const valid = (n) => Number.isFinite(n) && n > 0;
    if (![used, total, totalLow, totalHigh].every(valid) || used > Math.min(total, totalLow, totalHigh)) {
        throw new RangeError(`embodied: vCPUs used must be > 0 and at most the total, got ${used} of ${total}`);
    }
    if (totalLow > total || total > totalHigh) {
        throw new RangeError(`embodied: the host's vCPUs must be low <= total <= high, got ${totalLow} <= ${total} <= ${totalHigh}`);
    }
    const range = totalLow !== total || totalHigh !== total
        ? ` (${num(used)}/${num(totalHigh)}-${num(used)}/${num(totalLow)})`
        : "";
    return {
        share: used / total,
        // A bigger host is a smaller share: the share's low bound comes from the host's high.
        low: used / totalHigh,
        high: used / totalLow,
        text: `${num(used)}/${num(total)} vCPUs${range}${server.hostBasis ? `, ${server.hostBasis}` : ""}`,
        ...(server.hostNote && { note: server.hostNote }),
    };
}
/** M for one step, with a low..high range from each figure's own bounds. Pure. */
function embodiedForStep(input) {
    requireNonNegative("durationS", input.durationS);
    const lifetimeYears = input.lifetimeYears ?? DEFAULT_LIFETIME_YEARS;
    if (!Number.isFinite(lifetimeYears) || lifetimeYears <= 0) {
        throw new RangeError(`embodied: lifetimeYears must be a finite number > 0, got ${lifetimeYears}`);
    }
    // TiR / EL: the share of the hardware's expected life this step used.
    const timeShare = input.durationS / (lifetimeYears * SECONDS_PER_YEAR);
    const counted = [];
    const warnings = [];
    let gpus = ZERO;
    for (const gpu of input.gpus) {
        requireNonNegative(`count of ${gpu.model}`, gpu.count);
        if (gpu.count === 0)
            continue;
        const { figure, name, note } = gpuFigure(gpu);
        gpus = add(gpus, scaled(figure, gpu.count * timeShare));
        counted.push(`${num(gpu.count)} x ${name} at ${num(figure.kg)} kg`);
        if (note)
            warnings.push(note);
    }
    let server = ZERO;
    let memory = ZERO;
    if (input.server) {
        const share = serverShare(input.server);
        const figure = EMBODIED.server;
        server = {
            grams: figure.kg * 1000 * share.share * timeShare,
            low_g: figure.low_kg * 1000 * share.low * timeShare,
            high_g: figure.high_kg * 1000 * share.high * timeShare,
        };
        counted.push(`server platform ${num(EMBODIED.server.kg)} kg x ${share.text}`);
        if (share.note)
            warnings.push(share.note);
        const memoryGb = input.server.memoryGb;
        if (memoryGb === undefined) {
            warnings.push("memory is not counted in embodied emissions: its size is unknown");
        }
        else {
            requireNonNegative("memoryGb", memoryGb);
            memory = scaled(EMBODIED.memory_per_gb, memoryGb * timeShare);
            counted.push(`memory ${num(memoryGb)} GB x ${num(EMBODIED.memory_per_gb.kg)} kg/GB`);
        }
    }
    else {
        warnings.push("the server (CPU, memory, chassis) is not counted in embodied emissions: none was given");
    }
    const total = add(gpus, add(server, memory));
    const summary = `embodied (SCI M) over a ${num(lifetimeYears)}-year life: ${counted.length > 0 ? counted.join("; ") : "no hardware"}`;
    return {
        ...total,
        parts: { gpus_g: gpus.grams, server_g: server.grams, memory_g: memory.grams },
        notes: [summary, ...warnings],
    };
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(71013);
// EXTERNAL MODULE: ./src/carbon/sci.ts
var sci = __webpack_require__(17080);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(61996);
;// CONCATENATED MODULE: ./src/report/account.ts
/**
 * Energy to emissions for one step (docs/methodology.md): IT kWh = sum of component joules / 3.6e6,
 * facility kWh = IT kWh x PUE, operational g = facility kWh x intensity, plus embodied (SCI's M, computed
 * by `embodiedForStep`). The low..high range carries each component's own bounds (sensor accuracy, model
 * curve, declared utilisation) through the same sum, and adds the embodied figures' own low..high.
 */


/** For the caller to add to a step's notes when the user turned embodied emissions off. */
const EMBODIED_LEFT_OUT_NOTE = "embodied emissions (SCI's M: making the hardware) left out on request (--no-embodied): embodied_g is 0";
function checkEmbodied(embodied) {
    const { grams, low_g: low, high_g: high } = embodied;
    if (![grams, low, high].every(Number.isFinite) || low < 0 || low > grams || grams > high) {
        throw new RangeError(`embodied: need finite 0 <= low <= grams <= high, got ${low} <= ${grams} <= ${high}`);
    }
    return embodied;
}
function toReportComponent(component) {
    return {
        kind: component.kind,
        ...(component.device !== undefined && { device: component.device }),
        ...(component.model !== undefined && { model: component.model }),
        method: component.method,
        source: component.source,
        energy_kwh: (0,units/* joulesToKwh */.em)(component.energy_j),
        ...(component.avg_power_w !== undefined && { avg_power_w: component.avg_power_w }),
        ...(component.samples !== undefined && { samples: component.samples }),
        ...(component.node !== undefined && { node: component.node }),
        ...(component.uuid !== undefined && { uuid: component.uuid }),
        ...(component.coverage !== undefined && { coverage: component.coverage }),
        ...(component.notes.length > 0 && { notes: component.notes }),
    };
}
function accountStep(input) {
    const sumJoules = (factor) => input.components.reduce((total, c) => total + c.energy_j * factor(c), 0);
    const itKwh = (0,units/* joulesToKwh */.em)(sumJoules(() => 1));
    const facilityKwh = itKwh * input.pue;
    const toGrams = (joules) => (0,units/* joulesToKwh */.em)(joules) * input.pue * input.intensityGPerKwh;
    const operational = facilityKwh * input.intensityGPerKwh;
    const embodied = input.embodied ? checkEmbodied(input.embodied) : { grams: 0, low_g: 0, high_g: 0 };
    const co2e = operational + embodied.grams;
    const operationalLow = toGrams(sumJoules((c) => c.low_factor));
    const operationalHigh = toGrams(sumJoules((c) => c.high_factor));
    const unit = input.functionalUnit && (0,sci/* checkFunctionalUnit */.uO)(input.functionalUnit);
    const notes = [...(input.notes ?? []), ...(input.embodied?.notes ?? [])];
    return {
        name: input.name,
        started_at: input.startedAt.toISOString(),
        ended_at: input.endedAt.toISOString(),
        duration_s: input.durationS,
        ...(input.exitCode !== undefined && { exit_code: input.exitCode }),
        energy_kwh: facilityKwh,
        it_energy_kwh: itKwh,
        operational_g: operational,
        embodied_g: embodied.grams,
        co2e_g: co2e,
        co2e_low_g: operationalLow + embodied.low_g,
        co2e_high_g: operationalHigh + embodied.high_g,
        operational_low_g: operationalLow,
        operational_high_g: operationalHigh,
        ...(unit && {
            functional_unit: { name: unit.name, count: unit.count },
            sci_g_per_unit: (0,sci/* sciPerUnit */.ZN)(co2e, unit),
        }),
        components: input.components.map(toReportComponent),
        ...(input.overheadCpuS !== undefined && { overhead: { cpu_s: input.overheadCpuS } }),
        ...(notes.length > 0 && { notes }),
    };
}

// EXTERNAL MODULE: ./src/report/build.ts + 3 modules
var build = __webpack_require__(84880);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./data/cloud-hosts.json
const cloud_hosts_namespaceObject = /*#__PURE__*/JSON.parse('{"description":"How many vCPUs the physical host of a cloud VM has, so a VM is charged its share of the server\'s embodied emissions (SCI\'s RR/ToR = this machine\'s vCPUs / its host\'s). AWS VMs name their instance type in DMI (/sys/class/dmi/id/product_name, sys_vendor \'Amazon EC2\'); a family\'s bare-metal size is the whole host, and where a family has none its largest size is taken. GCP and Azure VMs do not name their machine type in DMI, so they go by their CPU model (cpu_host) or the default host. `note` marks a figure that is a judgment.","families":[{"provider":"aws","family":"m5","host_vcpus":96,"size":"m5.metal","source":{"title":"Amazon EC2 instance types: specifications for general purpose instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"}},{"provider":"aws","family":"m5d","host_vcpus":96,"size":"m5d.metal","source":{"title":"Amazon EC2 instance types: specifications for general purpose instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"}},{"provider":"aws","family":"m5n","host_vcpus":96,"size":"m5n.metal","source":{"title":"Amazon EC2 instance types: specifications for general purpose instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"}},{"provider":"aws","family":"m5a","host_vcpus":96,"size":"m5a.24xlarge","source":{"title":"Amazon EC2 instance types: specifications for general purpose instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"},"note":"No bare-metal size: the largest size is taken to fill the host."},{"provider":"aws","family":"m6i","host_vcpus":128,"size":"m6i.metal","source":{"title":"Amazon EC2 instance types: specifications for general purpose instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"}},{"provider":"aws","family":"m6id","host_vcpus":128,"size":"m6id.metal","source":{"title":"Amazon EC2 instance types: specifications for general purpose instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"}},{"provider":"aws","family":"m6a","host_vcpus":192,"size":"m6a.metal","source":{"title":"Amazon EC2 instance types: specifications for general purpose instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"}},{"provider":"aws","family":"m6g","host_vcpus":64,"size":"m6g.metal","source":{"title":"Amazon EC2 instance types: specifications for general purpose instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"}},{"provider":"aws","family":"m6gd","host_vcpus":64,"size":"m6gd.metal","source":{"title":"Amazon EC2 instance types: specifications for general purpose instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"}},{"provider":"aws","family":"m7i","host_vcpus":192,"size":"m7i.metal-48xl","source":{"title":"Amazon EC2 instance types: specifications for general purpose instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"}},{"provider":"aws","family":"m7a","host_vcpus":192,"size":"m7a.metal-48xl","source":{"title":"Amazon EC2 instance types: specifications for general purpose instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"}},{"provider":"aws","family":"m7g","host_vcpus":64,"size":"m7g.metal","source":{"title":"Amazon EC2 instance types: specifications for general purpose instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"}},{"provider":"aws","family":"m7gd","host_vcpus":64,"size":"m7gd.metal","source":{"title":"Amazon EC2 instance types: specifications for general purpose instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"}},{"provider":"aws","family":"m8g","host_vcpus":192,"size":"m8g.metal-48xl","source":{"title":"Amazon EC2 instance types: specifications for general purpose instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"}},{"provider":"aws","family":"t3","host_vcpus":96,"size":"m5.metal","source":{"title":"Amazon EC2 instance types: specifications for general purpose instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"},"note":"Burstable: AWS does not say what host a T3 shares. Assumed the host of M5, the general purpose family on the same Intel Xeon Platinum parts; unsure."},{"provider":"aws","family":"t3a","host_vcpus":96,"size":"m5a.24xlarge","source":{"title":"Amazon EC2 instance types: specifications for general purpose instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"},"note":"Burstable: AWS does not say what host a T3a shares. Assumed the host of M5a, the general purpose family on the same AMD EPYC 7000 parts; unsure."},{"provider":"aws","family":"t4g","host_vcpus":64,"size":"m6g.metal","source":{"title":"Amazon EC2 instance types: specifications for general purpose instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"},"note":"Burstable: AWS does not say what host a T4g shares. Assumed the host of M6g, the general purpose family on the same Graviton2; unsure."},{"provider":"aws","family":"c5","host_vcpus":96,"size":"c5.metal","source":{"title":"Amazon EC2 instance types: specifications for compute optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/co.html"}},{"provider":"aws","family":"c5d","host_vcpus":96,"size":"c5d.metal","source":{"title":"Amazon EC2 instance types: specifications for compute optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/co.html"}},{"provider":"aws","family":"c5n","host_vcpus":72,"size":"c5n.metal","source":{"title":"Amazon EC2 instance types: specifications for compute optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/co.html"}},{"provider":"aws","family":"c5a","host_vcpus":96,"size":"c5a.24xlarge","source":{"title":"Amazon EC2 instance types: specifications for compute optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/co.html"},"note":"No bare-metal size: the largest size is taken to fill the host."},{"provider":"aws","family":"c6i","host_vcpus":128,"size":"c6i.metal","source":{"title":"Amazon EC2 instance types: specifications for compute optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/co.html"}},{"provider":"aws","family":"c6id","host_vcpus":128,"size":"c6id.metal","source":{"title":"Amazon EC2 instance types: specifications for compute optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/co.html"}},{"provider":"aws","family":"c6a","host_vcpus":192,"size":"c6a.metal","source":{"title":"Amazon EC2 instance types: specifications for compute optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/co.html"}},{"provider":"aws","family":"c6g","host_vcpus":64,"size":"c6g.metal","source":{"title":"Amazon EC2 instance types: specifications for compute optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/co.html"}},{"provider":"aws","family":"c6gn","host_vcpus":64,"size":"c6gn.16xlarge","source":{"title":"Amazon EC2 instance types: specifications for compute optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/co.html"},"note":"No bare-metal size: the largest size is taken to fill the host."},{"provider":"aws","family":"c7i","host_vcpus":192,"size":"c7i.metal-48xl","source":{"title":"Amazon EC2 instance types: specifications for compute optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/co.html"}},{"provider":"aws","family":"c7a","host_vcpus":192,"size":"c7a.metal-48xl","source":{"title":"Amazon EC2 instance types: specifications for compute optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/co.html"}},{"provider":"aws","family":"c7g","host_vcpus":64,"size":"c7g.metal","source":{"title":"Amazon EC2 instance types: specifications for compute optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/co.html"}},{"provider":"aws","family":"c8g","host_vcpus":192,"size":"c8g.metal-48xl","source":{"title":"Amazon EC2 instance types: specifications for compute optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/co.html"}},{"provider":"aws","family":"r5","host_vcpus":96,"size":"r5.metal","source":{"title":"Amazon EC2 instance types: specifications for memory optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/mo.html"}},{"provider":"aws","family":"r5d","host_vcpus":96,"size":"r5d.metal","source":{"title":"Amazon EC2 instance types: specifications for memory optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/mo.html"}},{"provider":"aws","family":"r5a","host_vcpus":96,"size":"r5a.24xlarge","source":{"title":"Amazon EC2 instance types: specifications for memory optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/mo.html"},"note":"No bare-metal size: the largest size is taken to fill the host."},{"provider":"aws","family":"r6i","host_vcpus":128,"size":"r6i.metal","source":{"title":"Amazon EC2 instance types: specifications for memory optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/mo.html"}},{"provider":"aws","family":"r6a","host_vcpus":192,"size":"r6a.metal","source":{"title":"Amazon EC2 instance types: specifications for memory optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/mo.html"}},{"provider":"aws","family":"r6g","host_vcpus":64,"size":"r6g.metal","source":{"title":"Amazon EC2 instance types: specifications for memory optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/mo.html"}},{"provider":"aws","family":"r7i","host_vcpus":192,"size":"r7i.metal-48xl","source":{"title":"Amazon EC2 instance types: specifications for memory optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/mo.html"}},{"provider":"aws","family":"r7a","host_vcpus":192,"size":"r7a.metal-48xl","source":{"title":"Amazon EC2 instance types: specifications for memory optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/mo.html"}},{"provider":"aws","family":"r7g","host_vcpus":64,"size":"r7g.metal","source":{"title":"Amazon EC2 instance types: specifications for memory optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/mo.html"}},{"provider":"aws","family":"r8g","host_vcpus":192,"size":"r8g.metal-48xl","source":{"title":"Amazon EC2 instance types: specifications for memory optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/mo.html"}},{"provider":"aws","family":"p3","host_vcpus":64,"size":"p3.16xlarge","source":{"title":"Amazon EC2 instance types: specifications for accelerated computing instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html"},"note":"No bare-metal size: p3.16xlarge (8 x V100) is taken to fill the host."},{"provider":"aws","family":"p3dn","host_vcpus":96,"size":"p3dn.24xlarge","source":{"title":"Amazon EC2 instance types: specifications for accelerated computing instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html"},"note":"No bare-metal size: the largest size is taken to fill the host."},{"provider":"aws","family":"p4d","host_vcpus":96,"size":"p4d.24xlarge","source":{"title":"Amazon EC2 instance types: specifications for accelerated computing instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html"},"note":"No bare-metal size: p4d.24xlarge (8 x A100) is taken to fill the host."},{"provider":"aws","family":"p5","host_vcpus":192,"size":"p5.48xlarge","source":{"title":"Amazon EC2 instance types: specifications for accelerated computing instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html"},"note":"No bare-metal size: p5.48xlarge (8 x H100) is taken to fill the host."},{"provider":"aws","family":"g4dn","host_vcpus":96,"size":"g4dn.metal","source":{"title":"Amazon EC2 instance types: specifications for accelerated computing instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html"}},{"provider":"aws","family":"g5","host_vcpus":192,"size":"g5.48xlarge","source":{"title":"Amazon EC2 instance types: specifications for accelerated computing instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html"},"note":"No bare-metal size: the largest size is taken to fill the host."},{"provider":"aws","family":"g6","host_vcpus":192,"size":"g6.48xlarge","source":{"title":"Amazon EC2 instance types: specifications for accelerated computing instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html"},"note":"No bare-metal size: the largest size is taken to fill the host."},{"provider":"aws","family":"g6e","host_vcpus":192,"size":"g6e.48xlarge","source":{"title":"Amazon EC2 instance types: specifications for accelerated computing instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html"},"note":"No bare-metal size: the largest size is taken to fill the host."},{"provider":"aws","family":"inf2","host_vcpus":192,"size":"inf2.48xlarge","source":{"title":"Amazon EC2 instance types: specifications for accelerated computing instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html"},"note":"No bare-metal size: the largest size is taken to fill the host."},{"provider":"aws","family":"trn1","host_vcpus":128,"size":"trn1.32xlarge","source":{"title":"Amazon EC2 instance types: specifications for accelerated computing instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html"},"note":"No bare-metal size: the largest size is taken to fill the host."},{"provider":"aws","family":"i3","host_vcpus":72,"size":"i3.metal","source":{"title":"Amazon EC2 instance types: specifications for storage optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/so.html"}},{"provider":"aws","family":"i3en","host_vcpus":96,"size":"i3en.metal","source":{"title":"Amazon EC2 instance types: specifications for storage optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/so.html"}},{"provider":"aws","family":"i4i","host_vcpus":128,"size":"i4i.metal","source":{"title":"Amazon EC2 instance types: specifications for storage optimized instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/so.html"}}],"cpu_host":{"sockets":2,"low_sockets":1,"source":{"title":"Dell PowerEdge R740 (a 2-socket server), the server behind the platform figure in data/embodied.json via Cloud Carbon Footprint","url":"https://www.cloudcarbonfootprint.org/docs/embodied-emissions"},"note":"A VM whose CPU model is in data/cpus.json is taken to run on a 2-socket server of that CPU (threads per socket x 2): cloud hosts are 2-socket servers as a rule (AWS\'s m5.metal is 2 x 24-core Xeon Platinum 8175M, 96 vCPUs). The range runs to a 1-socket host, which doubles the share."},"default_host":{"vcpus":96,"low_vcpus":64,"high_vcpus":360,"source":{"title":"Amazon EC2 instance types: specifications for general purpose instances (vCPUs per size)","url":"https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"},"range":"Central: a 2-socket host of the M5/C5/R5 generation, the largest sizes of which (m5.metal, m5.24xlarge) are 96 vCPUs, as is GCP\'s n1-standard-96. Low: AWS\'s p3.16xlarge and m4.16xlarge fill a 64-vCPU host. High: GCP\'s c3d-standard-360 is 360 vCPUs on one host.","range_sources":[{"title":"Google Compute Engine, general-purpose machine family (N1 up to 96 vCPUs)","url":"https://cloud.google.com/compute/docs/general-purpose-machines"},{"title":"Google Compute Engine, general-purpose machine family (C3D up to 360 vCPUs)","url":"https://cloud.google.com/compute/docs/general-purpose-machines"}],"note":"For a VM whose host is named nowhere (no instance type in DMI, CPU model not in data/cpus.json). A judgment: 96 vCPUs errs towards a larger share than today\'s 128-192 vCPU hosts."}}');
;// CONCATENATED MODULE: ./src/carbon/host-share.ts
/**
 * SCI's resource share for the server platform (RR / ToR): this machine's vCPUs over its host's. Bare
 * metal is its own host. A VM's host is, best first: what the user says (`--host-vcpus`, config
 * `hardware.host_vcpus`); its instance type's family in data/cloud-hosts.json; a 2-socket server of
 * its CPU model (data/cpus.json); a stated default host, with a range. Never the whole server for a VM:
 * that would charge a 2-vCPU job for 96 others. Pure.
 */



const familySchema = schemas/* strictObject */.rej({
    provider: schemas/* enum */.k5n(["aws"]),
    family: schemas/* string */.YjP().regex(/^[a-z][a-z0-9-]*$/),
    host_vcpus: schemas/* number */.aig().int().positive(),
    /** The size whose vCPUs are the host's: the bare-metal one, or the largest. */
    size: schemas/* string */.YjP().min(1),
    source: table_schema/* sourceSchema */.dr,
    note: schemas/* string */.YjP().min(1).optional(),
});
const cloudHostsSchema = schemas/* strictObject */.rej({
    description: schemas/* string */.YjP(),
    families: schemas/* array */.YOg(familySchema).min(1),
    cpu_host: schemas/* strictObject */.rej({
        sockets: schemas/* number */.aig().int().positive(),
        low_sockets: schemas/* number */.aig().int().positive(),
        source: table_schema/* sourceSchema */.dr,
        note: schemas/* string */.YjP().min(1),
    }),
    default_host: schemas/* strictObject */.rej({
        vcpus: schemas/* number */.aig().int().positive(),
        low_vcpus: schemas/* number */.aig().int().positive(),
        high_vcpus: schemas/* number */.aig().int().positive(),
        source: table_schema/* sourceSchema */.dr,
        range: schemas/* string */.YjP().min(1),
        range_sources: schemas/* array */.YOg(table_schema/* sourceSchema */.dr).min(1),
        note: schemas/* string */.YjP().min(1),
    }),
});
/** Parsed once at load: a bad row in our own table should fail every test. */
const CLOUD_HOSTS = cloudHostsSchema.parse(cloud_hosts_namespaceObject);
const HOST_VCPUS_HOW = "give the host's vCPUs in the config's hardware.host_vcpus (or run's --host-vcpus N) to make the share exact";
const familyOf = (instanceType) => instanceType.split(".")[0] ?? "";
/** The host this machine's share is taken of; undefined when its own vCPUs are unknown. */
function hostShare(facts) {
    const used = facts.vcpus;
    if (!(used > 0))
        return undefined;
    const capped = (total) => Math.max(total, used);
    if (facts.declaredHostVcpus !== undefined) {
        return { vcpusUsed: used, vcpusTotal: capped(facts.declaredHostVcpus), basis: "host vCPUs as given" };
    }
    if (facts.platform.kind === "bare-metal") {
        return { vcpusUsed: used, vcpusTotal: used, basis: `${facts.platformText}: its own host` };
    }
    const type = facts.platform.instanceType;
    const family = type && CLOUD_HOSTS.families.find((row) => row.family === familyOf(type));
    if (type && family) {
        return {
            vcpusUsed: used,
            vcpusTotal: capped(family.host_vcpus),
            basis: `${type}: a ${family.family} host has ${family.host_vcpus} vCPUs (${family.size}, data/cloud-hosts.json)`,
            ...(family.note && { note: `${family.note} ${capitalised(HOST_VCPUS_HOW)}` }),
        };
    }
    const vm = facts.platform.kind === "vm" ? facts.platformText : "this machine, perhaps a VM,";
    const threads = facts.cpu?.threads;
    if (threads !== undefined && facts.platform.kind === "vm") {
        const { sockets, low_sockets: lowSockets } = CLOUD_HOSTS.cpu_host;
        return {
            vcpusUsed: used,
            vcpusTotal: capped(threads * sockets),
            vcpusTotalLow: capped(threads * lowSockets),
            vcpusTotalHigh: capped(threads * sockets),
            basis: `a ${sockets}-socket host of its CPU (${facts.cpu?.name}, ${threads} threads per socket)`,
            note: `${capitalised(vm)} does not say its host (taken as ${lowSockets} to ${sockets} sockets of its CPU); ${HOST_VCPUS_HOW}`,
        };
    }
    if (threads !== undefined) {
        // No DMI: most likely bare metal or a container on it; the sockets seen are then the host's.
        const total = threads * Math.max(1, facts.sockets);
        return {
            vcpusUsed: used,
            vcpusTotal: capped(total),
            basis: `its CPU (${facts.cpu?.name}): ${threads} threads x ${Math.max(1, facts.sockets)} socket(s)`,
            note: `${capitalised(vm)} does not say what it is (no DMI): its host is taken to be the sockets it sees; ${HOST_VCPUS_HOW}`,
        };
    }
    const host = CLOUD_HOSTS.default_host;
    return {
        vcpusUsed: used,
        vcpusTotal: capped(host.vcpus),
        vcpusTotalLow: capped(host.low_vcpus),
        vcpusTotalHigh: capped(host.high_vcpus),
        basis: `a default host of ${host.vcpus} vCPUs (${host.low_vcpus}-${host.high_vcpus}, data/cloud-hosts.json)`,
        note: `${capitalised(vm)} does not say its host, and its CPU is not in data/cpus.json; ${HOST_VCPUS_HOW}`,
    };
}
const capitalised = (text) => text.charAt(0).toUpperCase() + text.slice(1);

// EXTERNAL MODULE: ./src/measure/platform.ts
var measure_platform = __webpack_require__(8621);
;// CONCATENATED MODULE: ./src/report/hardware-facts.ts
/** What the report says about the machine, from what was measured and what was declared. */



/** Sortable and unique: the start time to the second, and a random suffix for runs in the same second. */
const newRunId = (startedAt) => `${startedAt.toISOString().replace(/[-:]|\.\d+/g, "")}-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`;
function hardwareFacts(components, declared, machine) {
    const counts = new Map();
    for (const c of components) {
        if (c.kind !== "gpu" || c.method === "declared")
            continue;
        const model = c.model ?? "unknown GPU";
        counts.set(model, (counts.get(model) ?? 0) + 1);
    }
    const gpus = counts.size === 0 && declared.gpu
        ? [{ model: declared.gpu.spec.name, count: declared.gpu.count }]
        : [...counts].map(([model, count]) => ({ model, count }));
    return {
        gpus,
        cpu: { model: declared.cpu?.name ?? machine.cpuModel, count: machine.cpuSockets },
        memory_gb: declared.memoryGb ?? machine.memoryGb,
    };
}
/**
 * What SCI's M needs from this run: the GPUs it held, and its share of the server, this machine's vCPUs
 * over its host's (carbon/host-share.ts says how the host is found, and never takes a VM for the whole
 * server).
 */
function embodiedInput(hardware, machine, declared, durationS) {
    const cpu = declared.cpu ?? machine.cpuSpec;
    const platform = machine.platform ?? { kind: "unknown" };
    const share = hostShare({
        vcpus: machine.vcpus,
        platform,
        platformText: (0,measure_platform/* describePlatform */.d5)(platform),
        ...(cpu && { cpu: { name: cpu.name, ...(cpu.threads !== undefined && { threads: cpu.threads }) } }),
        sockets: machine.cpuSockets,
        ...(declared.hostVcpus !== undefined && { declaredHostVcpus: declared.hostVcpus }),
    });
    const gpus = hardware.gpus.map((gpu) => ({
        model: gpu.model,
        count: gpu.count,
        ...(declared.gpu && gpu.model === declared.gpu.spec.name && { spec: declared.gpu.spec }),
    }));
    return {
        durationS,
        gpus,
        server: {
            ...(share && {
                vcpusUsed: share.vcpusUsed,
                vcpusTotal: share.vcpusTotal,
                ...(share.vcpusTotalLow !== undefined && { vcpusTotalLow: share.vcpusTotalLow }),
                ...(share.vcpusTotalHigh !== undefined && { vcpusTotalHigh: share.vcpusTotalHigh }),
                hostBasis: share.basis,
                ...(share.note && { hostNote: share.note }),
            }),
            memoryGb: hardware.memory_gb,
        },
    };
}

;// CONCATENATED MODULE: ./src/report/measured-report.ts
/**
 * One measured command as a one-step report (pure): accounting, embodied share and the run's facts.
 * The CLI and the action both end a measurement here, so their reports cannot drift apart.
 */





function reportForMeasured(measured, options) {
    const { intensity, pue, declared } = options;
    const hardware = hardwareFacts(measured.components, declared, measured.machine);
    if (measured.notMeasured !== undefined) {
        return reportForUnmeasured({
            step: options.step,
            startedAt: measured.startedAt,
            endedAt: measured.endedAt,
            durationS: measured.durationS,
            exitCode: measured.result.exitCode,
            reason: measured.notMeasured,
            notes: measured.notes,
            run: options.run,
            hardware,
            pue: pue.value,
            intensity,
        });
    }
    const step = accountStep({
        name: options.step,
        startedAt: measured.startedAt,
        endedAt: measured.endedAt,
        durationS: measured.durationS,
        exitCode: measured.result.exitCode,
        components: measured.components,
        pue: pue.value,
        intensityGPerKwh: intensity.g_per_kwh,
        overheadCpuS: measured.overheadCpuS,
        notes: [
            ...measured.notes,
            ...(pue.note ? [pue.note] : []),
            ...(intensity.note ? [intensity.note] : []),
            ...(intensity.warning ? [intensity.warning] : []),
            ...(options.embodied ? [] : [EMBODIED_LEFT_OUT_NOTE]),
        ],
        ...(options.embodied && {
            embodied: embodiedForStep(embodiedInput(hardware, measured.machine, declared, measured.durationS)),
        }),
        ...(options.unit && { functionalUnit: options.unit }),
    });
    return (0,build/* buildReport */.F)({
        version: version/* VERSION */.x,
        run: {
            id: newRunId(measured.startedAt),
            ...options.run,
            startedAt: measured.startedAt,
            endedAt: measured.endedAt,
        },
        hardware,
        pue: pue.value,
        intensity,
        steps: [step],
    });
}
const MAX_TEXT = 2000;
const clip = (text) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 3)}...` : text);
/**
 * A one-step report for a command that ran but was not measured. Its energy and CO2e fields are 0
 * only because the schema requires numbers: `not_measured` says they mean nothing, and every
 * rendering shows "not measured" instead.
 */
function reportForUnmeasured(input) {
    const notes = (input.notes ?? []).slice(0, 50).map(clip);
    const step = {
        name: input.step,
        started_at: input.startedAt.toISOString(),
        ended_at: input.endedAt.toISOString(),
        duration_s: input.durationS,
        exit_code: input.exitCode,
        energy_kwh: 0,
        it_energy_kwh: 0,
        operational_g: 0,
        embodied_g: 0,
        co2e_g: 0,
        co2e_low_g: 0,
        co2e_high_g: 0,
        components: [],
        ...(notes.length > 0 && { notes }),
        not_measured: { reason: clip(input.reason) },
    };
    return (0,build/* buildReport */.F)({
        version: version/* VERSION */.x,
        run: { id: newRunId(input.startedAt), ...input.run, startedAt: input.startedAt, endedAt: input.endedAt },
        hardware: input.hardware ?? { gpus: [], cpu: { model: "unknown CPU", count: 0 }, memory_gb: 0 },
        pue: input.pue ?? 1,
        intensity: input.intensity ?? { g_per_kwh: 0, source: "none (not measured)" },
        steps: [step],
    });
}


/***/ })

};
