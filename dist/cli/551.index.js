export const id = 551;
export const ids = [551];
export const modules = {

/***/ 2269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ah: () => (/* binding */ VCPU_FALLBACK),
  uq: () => (/* binding */ findCpu),
  Aq: () => (/* binding */ requireCpu)
});

// UNUSED EXPORTS: CPUS, cpuTableSchema, matchCpu

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./data/cpus.json
const cpus_namespaceObject = /*#__PURE__*/JSON.parse('{"description":"CPU TDPs in W per socket, with cores and hardware threads per socket. A `note` marks a figure that is not a plain datasheet value. vcpu_fallback is used for a CPU not in the table.","cpus":[{"name":"AMD EPYC 7763","aliases":["AMD EPYC 7763 64-Core Processor"],"tdp_w":280,"cores":64,"threads":128,"source":{"title":"AMD EPYC 7763 product specifications","url":"https://www.amd.com/en/products/cpu/amd-epyc-7763"},"note":"The CPU of GitHub-hosted Linux runners (a standard runner gets 2 or 4 of its 128 threads)."},{"name":"AMD EPYC 7742","aliases":["AMD EPYC 7742 64-Core Processor"],"tdp_w":225,"cores":64,"threads":128,"source":{"title":"AMD EPYC 7742 product specifications","url":"https://www.amd.com/en/products/cpu/amd-epyc-7742"}},{"name":"AMD EPYC 7713","aliases":["AMD EPYC 7713 64-Core Processor"],"tdp_w":225,"cores":64,"threads":128,"source":{"title":"AMD EPYC 7713 product specifications","url":"https://www.amd.com/en/products/cpu/amd-epyc-7713"}},{"name":"AMD EPYC 7543","aliases":["AMD EPYC 7543 32-Core Processor"],"tdp_w":225,"cores":32,"threads":64,"source":{"title":"AMD EPYC 7543 product specifications","url":"https://www.amd.com/en/products/cpu/amd-epyc-7543"}},{"name":"AMD EPYC 7502","aliases":["AMD EPYC 7502 32-Core Processor"],"tdp_w":180,"cores":32,"threads":64,"source":{"title":"AMD EPYC 7502 product specifications","url":"https://www.amd.com/en/products/cpu/amd-epyc-7502"}},{"name":"AMD EPYC 7452","aliases":["AMD EPYC 7452 32-Core Processor"],"tdp_w":155,"cores":32,"threads":64,"source":{"title":"AMD EPYC 7452 product specifications","url":"https://www.amd.com/en/products/cpu/amd-epyc-7452"}},{"name":"AMD EPYC 7R13","aliases":["AMD EPYC 7R13 Processor"],"tdp_w":280,"cores":48,"threads":96,"source":{"title":"AMD EPYC 7763 product specifications (reference part)","url":"https://www.amd.com/en/products/cpu/amd-epyc-7763"},"note":"Custom AWS SKU with no published TDP (model and cores: https://aws.amazon.com/ec2/instance-types/m6a/); the TDP is that of EPYC 7763, the top standard Milan part, so read it as an upper-end assumption."},{"name":"AMD EPYC 7B13","tdp_w":280,"cores":64,"threads":128,"source":{"title":"AMD EPYC 7763 product specifications (reference part)","url":"https://www.amd.com/en/products/cpu/amd-epyc-7763"},"note":"Custom Google Cloud SKU with no published TDP (model and cores: https://cloud.google.com/compute/docs/cpu-platforms); the TDP is that of EPYC 7763, the top standard Milan part, so read it as an upper-end assumption. Core count uncertain."},{"name":"AMD EPYC 7V13","aliases":["AMD EPYC 7V13 64-Core Processor"],"tdp_w":280,"cores":64,"threads":128,"source":{"title":"AMD EPYC 7763 product specifications (reference part)","url":"https://www.amd.com/en/products/cpu/amd-epyc-7763"},"note":"Custom Azure SKU with no published TDP (model and cores: https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/nca100v4-series); the TDP is that of EPYC 7763, the top standard Milan part, so read it as an upper-end assumption."},{"name":"AMD EPYC 7R32","tdp_w":280,"cores":48,"threads":96,"source":{"title":"AMD EPYC 7H12 product specifications (reference part)","url":"https://www.amd.com/en/products/cpu/amd-epyc-7h12"},"note":"Custom AWS SKU with no published TDP (model and cores: https://aws.amazon.com/ec2/instance-types/c5/); the TDP is that of EPYC 7H12, the top standard Rome part, so read it as an upper-end assumption."},{"name":"AMD EPYC 9654","aliases":["AMD EPYC 9654 96-Core Processor"],"tdp_w":360,"cores":96,"threads":192,"source":{"title":"AMD EPYC 9654 product specifications","url":"https://www.amd.com/en/products/cpu/amd-epyc-9654"}},{"name":"AMD EPYC 9554","aliases":["AMD EPYC 9554 64-Core Processor"],"tdp_w":360,"cores":64,"threads":128,"source":{"title":"AMD EPYC 9554 product specifications","url":"https://www.amd.com/en/products/cpu/amd-epyc-9554"}},{"name":"AMD EPYC 9454","aliases":["AMD EPYC 9454 48-Core Processor"],"tdp_w":290,"cores":48,"threads":96,"source":{"title":"AMD EPYC 9454 product specifications","url":"https://www.amd.com/en/products/cpu/amd-epyc-9454"}},{"name":"AMD EPYC 9R14","aliases":["AMD EPYC 9R14 96-Core Processor"],"tdp_w":360,"cores":96,"threads":192,"source":{"title":"AMD EPYC 9654 product specifications (reference part)","url":"https://www.amd.com/en/products/cpu/amd-epyc-9654"},"note":"Custom AWS SKU with no published TDP (model and cores: https://aws.amazon.com/ec2/instance-types/m7a/); the TDP is that of EPYC 9654, the top standard Genoa part, so read it as an upper-end assumption."},{"name":"Intel Xeon Platinum 8480+","aliases":["Intel(R) Xeon(R) Platinum 8480+"],"tdp_w":350,"cores":56,"threads":112,"source":{"title":"Intel ARK: Xeon Platinum 8480+ specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208480%2B"}},{"name":"Intel Xeon Platinum 8480C","tdp_w":350,"cores":56,"threads":112,"source":{"title":"Intel ARK: Xeon Platinum 8480+ specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208480%2B"},"note":"Custom SKU in NVIDIA DGX H100 (DGX H100 user guide); TDP of the 8480+, the standard part with the same core count."},{"name":"Intel Xeon Platinum 8468","tdp_w":350,"cores":48,"threads":96,"source":{"title":"Intel ARK: Xeon Platinum 8468 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208468"}},{"name":"Intel Xeon Platinum 8488C","tdp_w":350,"cores":48,"threads":96,"source":{"title":"Intel ARK: Xeon Platinum 8480+ specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208480%2B"},"note":"Custom AWS SKU with no published TDP (model and cores: https://aws.amazon.com/ec2/instance-types/m7i/); the TDP is that of Xeon Platinum 8480+, the top standard Sapphire Rapids part, so read it as an upper-end assumption."},{"name":"Intel Xeon Platinum 8481C","aliases":["Intel(R) Xeon(R) Platinum 8481C CPU @ 2.70GHz"],"tdp_w":350,"cores":56,"threads":112,"source":{"title":"Intel ARK: Xeon Platinum 8480+ specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208480%2B"},"note":"Custom Google Cloud SKU with no published TDP (model and cores: https://cloud.google.com/compute/docs/cpu-platforms); the TDP is that of Xeon Platinum 8480+, the top standard Sapphire Rapids part, so read it as an upper-end assumption."},{"name":"Intel Xeon Platinum 8380","aliases":["Intel(R) Xeon(R) Platinum 8380 CPU @ 2.30GHz"],"tdp_w":270,"cores":40,"threads":80,"source":{"title":"Intel ARK: Xeon Platinum 8380 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208380"}},{"name":"Intel Xeon Platinum 8358","aliases":["Intel(R) Xeon(R) Platinum 8358 CPU @ 2.60GHz"],"tdp_w":250,"cores":32,"threads":64,"source":{"title":"Intel ARK: Xeon Platinum 8358 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208358"}},{"name":"Intel Xeon Platinum 8375C","aliases":["Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz"],"tdp_w":270,"cores":32,"threads":64,"source":{"title":"Intel ARK: Xeon Platinum 8380 specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208380"},"note":"Custom AWS SKU with no published TDP (model and cores: https://aws.amazon.com/ec2/instance-types/m6i/); the TDP is that of Xeon Platinum 8380, the top standard Ice Lake-SP part, so read it as an upper-end assumption."},{"name":"Intel Xeon Platinum 8370C","aliases":["Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz"],"tdp_w":270,"cores":32,"threads":64,"source":{"title":"Intel ARK: Xeon Platinum 8380 specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208380"},"note":"Custom Azure SKU with no published TDP (model and cores: https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dv5-series); the TDP is that of Xeon Platinum 8380, the top standard Ice Lake-SP part, so read it as an upper-end assumption. Seen on some GitHub-hosted runners. Core count uncertain."},{"name":"Intel Xeon Platinum 8280","tdp_w":205,"cores":28,"threads":56,"source":{"title":"Intel ARK: Xeon Platinum 8280 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208280"}},{"name":"Intel Xeon Platinum 8272CL","aliases":["Intel(R) Xeon(R) Platinum 8272CL CPU @ 2.60GHz"],"tdp_w":205,"cores":26,"threads":52,"source":{"title":"Intel ARK: Xeon Platinum 8280 specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208280"},"note":"Custom Azure SKU with no published TDP (model and cores: https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dv4-series); the TDP is that of Xeon Platinum 8280, the top standard Cascade Lake part, so read it as an upper-end assumption. Seen on some GitHub-hosted runners."},{"name":"Intel Xeon Platinum 8275CL","aliases":["Intel(R) Xeon(R) Platinum 8275CL CPU @ 3.00GHz"],"tdp_w":205,"cores":24,"threads":48,"source":{"title":"Intel ARK: Xeon Platinum 8280 specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208280"},"note":"Custom AWS SKU with no published TDP (model and cores: https://aws.amazon.com/ec2/instance-types/c5/); the TDP is that of Xeon Platinum 8280, the top standard Cascade Lake part, so read it as an upper-end assumption."},{"name":"Intel Xeon Platinum 8259CL","aliases":["Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz"],"tdp_w":205,"cores":24,"threads":48,"source":{"title":"Intel ARK: Xeon Platinum 8280 specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208280"},"note":"Custom AWS SKU with no published TDP (model and cores: https://aws.amazon.com/ec2/instance-types/m5/); the TDP is that of Xeon Platinum 8280, the top standard Cascade Lake part, so read it as an upper-end assumption."},{"name":"Intel Xeon Platinum 8180","tdp_w":205,"cores":28,"threads":56,"source":{"title":"Intel ARK: Xeon Platinum 8180 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208180"}},{"name":"Intel Xeon Platinum 8168","aliases":["Intel(R) Xeon(R) Platinum 8168 CPU @ 2.70GHz"],"tdp_w":205,"cores":24,"threads":48,"source":{"title":"Intel ARK: Xeon Platinum 8168 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208168"}},{"name":"Intel Xeon Platinum 8175M","aliases":["Intel(R) Xeon(R) Platinum 8175M CPU @ 2.50GHz"],"tdp_w":205,"cores":24,"threads":48,"source":{"title":"Intel ARK: Xeon Platinum 8180 specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208180"},"note":"Custom AWS SKU with no published TDP (model and cores: https://aws.amazon.com/ec2/instance-types/m5/); the TDP is that of Xeon Platinum 8180, the top standard Skylake-SP part, so read it as an upper-end assumption."},{"name":"Intel Xeon Platinum 8171M","aliases":["Intel(R) Xeon(R) Platinum 8171M CPU @ 2.60GHz"],"tdp_w":205,"cores":26,"threads":52,"source":{"title":"Intel ARK: Xeon Platinum 8180 specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208180"},"note":"Custom Azure SKU with no published TDP (model and cores: https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dv3-series); the TDP is that of Xeon Platinum 8180, the top standard Skylake-SP part, so read it as an upper-end assumption."},{"name":"Intel Xeon Gold 6248","aliases":["Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz"],"tdp_w":150,"cores":20,"threads":40,"source":{"title":"Intel ARK: Xeon Gold 6248 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Gold%206248"}},{"name":"Intel Xeon Gold 6248R","aliases":["Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz"],"tdp_w":205,"cores":24,"threads":48,"source":{"title":"Intel ARK: Xeon Gold 6248R specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Gold%206248R"}},{"name":"Intel Xeon Gold 6148","aliases":["Intel(R) Xeon(R) Gold 6148 CPU @ 2.40GHz"],"tdp_w":150,"cores":20,"threads":40,"source":{"title":"Intel ARK: Xeon Gold 6148 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Gold%206148"}},{"name":"Intel Xeon Gold 6226R","aliases":["Intel(R) Xeon(R) Gold 6226R CPU @ 2.90GHz"],"tdp_w":150,"cores":16,"threads":32,"source":{"title":"Intel ARK: Xeon Gold 6226R specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Gold%206226R"}},{"name":"Intel Xeon E5-2699 v4","tdp_w":145,"cores":22,"threads":44,"source":{"title":"Intel ARK: Xeon E5-2699 v4 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=E5-2699%20v4"}},{"name":"Intel Xeon E5-2698 v4","aliases":["Intel(R) Xeon(R) CPU E5-2698 v4 @ 2.20GHz"],"tdp_w":135,"cores":20,"threads":40,"source":{"title":"Intel ARK: Xeon E5-2698 v4 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=E5-2698%20v4"},"note":"The CPU of NVIDIA DGX-1."},{"name":"Intel Xeon E5-2690 v4","aliases":["Intel(R) Xeon(R) CPU E5-2690 v4 @ 2.60GHz"],"tdp_w":135,"cores":14,"threads":28,"source":{"title":"Intel ARK: Xeon E5-2690 v4 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=E5-2690%20v4"}},{"name":"Intel Xeon E5-2686 v4","aliases":["Intel(R) Xeon(R) CPU E5-2686 v4 @ 2.30GHz"],"tdp_w":145,"cores":18,"threads":36,"source":{"title":"Intel ARK: Xeon E5-2699 v4 specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=E5-2699%20v4"},"note":"Custom AWS SKU with no published TDP (model and cores: https://aws.amazon.com/ec2/instance-types/m4/); the TDP is that of Xeon E5-2699 v4, the top standard Broadwell-EP part, so read it as an upper-end assumption."},{"name":"Intel Xeon E5-2673 v4","aliases":["Intel(R) Xeon(R) CPU E5-2673 v4 @ 2.30GHz"],"tdp_w":145,"cores":20,"threads":40,"source":{"title":"Intel ARK: Xeon E5-2699 v4 specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=E5-2699%20v4"},"note":"Custom Azure SKU with no published TDP (model and cores: https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dv3-series); the TDP is that of Xeon E5-2699 v4, the top standard Broadwell-EP part, so read it as an upper-end assumption. Seen on older GitHub-hosted runners."},{"name":"AMD Ryzen Threadripper 3990X","aliases":["AMD Ryzen Threadripper 3990X 64-Core Processor"],"tdp_w":280,"cores":64,"threads":128,"source":{"title":"AMD Ryzen Threadripper 3990X product specifications","url":"https://www.amd.com/en/products/cpu/amd-ryzen-threadripper-3990x"}},{"name":"AMD Ryzen Threadripper 3970X","aliases":["AMD Ryzen Threadripper 3970X 32-Core Processor"],"tdp_w":280,"cores":32,"threads":64,"source":{"title":"AMD Ryzen Threadripper 3970X product specifications","url":"https://www.amd.com/en/products/cpu/amd-ryzen-threadripper-3970x"}},{"name":"AMD Ryzen Threadripper PRO 5995WX","aliases":["AMD Ryzen Threadripper PRO 5995WX 64-Cores"],"tdp_w":280,"cores":64,"threads":128,"source":{"title":"AMD Ryzen Threadripper PRO 5995WX product specifications","url":"https://www.amd.com/en/products/cpu/amd-ryzen-threadripper-pro-5995wx"}},{"name":"AMD Ryzen Threadripper 7980X","aliases":["AMD Ryzen Threadripper 7980X 64-Cores"],"tdp_w":350,"cores":64,"threads":128,"source":{"title":"AMD Ryzen Threadripper 7980X product specifications","url":"https://www.amd.com/en/products/cpu/amd-ryzen-threadripper-7980x"}},{"name":"AMD Ryzen Threadripper PRO 7995WX","aliases":["AMD Ryzen Threadripper PRO 7995WX 96-Cores"],"tdp_w":350,"cores":96,"threads":192,"source":{"title":"AMD Ryzen Threadripper PRO 7995WX product specifications","url":"https://www.amd.com/en/products/cpu/amd-ryzen-threadripper-pro-7995wx"}},{"name":"AMD Ryzen 9 7950X","aliases":["AMD Ryzen 9 7950X 16-Core Processor"],"tdp_w":170,"cores":16,"threads":32,"source":{"title":"AMD Ryzen 9 7950X product specifications","url":"https://www.amd.com/en/products/cpu/amd-ryzen-9-7950x"}},{"name":"AMD Ryzen 9 5950X","aliases":["AMD Ryzen 9 5950X 16-Core Processor"],"tdp_w":105,"cores":16,"threads":32,"source":{"title":"AMD Ryzen 9 5950X product specifications","url":"https://www.amd.com/en/products/cpu/amd-ryzen-9-5950x"}},{"name":"Intel Core i9-14900K","tdp_w":125,"cores":24,"threads":32,"source":{"title":"Intel ARK: Core i9-14900K specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=i9-14900K"},"note":"Processor Base Power 125 W is used as TDP; under sustained all-core load the part may draw up to its Maximum Turbo Power (253 W), so an estimate for it can be low."},{"name":"Intel Core i9-13900K","tdp_w":125,"cores":24,"threads":32,"source":{"title":"Intel ARK: Core i9-13900K specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=i9-13900K"},"note":"Processor Base Power 125 W is used as TDP; under sustained all-core load the part may draw up to its Maximum Turbo Power (253 W), so an estimate for it can be low."},{"name":"Intel Core i9-12900K","tdp_w":125,"cores":16,"threads":24,"source":{"title":"Intel ARK: Core i9-12900K specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=i9-12900K"},"note":"Processor Base Power 125 W is used as TDP; under sustained all-core load the part may draw up to its Maximum Turbo Power (241 W), so an estimate for it can be low."},{"name":"Intel Core i7-13700K","tdp_w":125,"cores":16,"threads":24,"source":{"title":"Intel ARK: Core i7-13700K specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=i7-13700K"},"note":"Processor Base Power 125 W is used as TDP; under sustained all-core load the part may draw up to its Maximum Turbo Power (253 W), so an estimate for it can be low."},{"name":"Intel Core i7-12700K","tdp_w":125,"cores":12,"threads":20,"source":{"title":"Intel ARK: Core i7-12700K specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=i7-12700K"},"note":"Processor Base Power 125 W is used as TDP; under sustained all-core load the part may draw up to its Maximum Turbo Power (190 W), so an estimate for it can be low."}],"vcpu_fallback":{"min_w_per_vcpu":0.74,"max_w_per_vcpu":3.5,"source":{"title":"Cloud Carbon Footprint methodology: average min/max watts per vCPU over AWS micro-architectures, derived from SPECpower_ssj2008 results","url":"https://www.cloudcarbonfootprint.org/docs/methodology/"}}}');
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/hardware/gpus.ts + 1 modules
var gpus = __webpack_require__(8729);
// EXTERNAL MODULE: ./src/hardware/match.ts
var hardware_match = __webpack_require__(2909);
;// CONCATENATED MODULE: ./src/hardware/cpus.ts
/** The CPU table (`data/cpus.json`) and lookups by /proc/cpuinfo or systeminformation names. */





const cpuSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1),
    aliases: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
    /** Per socket, in W. */
    tdp_w: schemas/* number */.aig().positive(),
    cores: schemas/* number */.aig().int().positive().optional(),
    /** Hardware threads per socket: what a vCPU is a share of. */
    threads: schemas/* number */.aig().int().positive().optional(),
    source: gpus/* sourceSchema */.dr,
    note: schemas/* string */.YjP().min(1).optional(),
});
const fallbackSchema = schemas/* strictObject */.rej({
    min_w_per_vcpu: schemas/* number */.aig().positive(),
    max_w_per_vcpu: schemas/* number */.aig().positive(),
    source: gpus/* sourceSchema */.dr,
});
const cpuTableSchema = schemas/* strictObject */.rej({
    description: schemas/* string */.YjP(),
    cpus: schemas/* array */.YOg(cpuSchema).min(1),
    vcpu_fallback: fallbackSchema,
});
const parsed = cpuTableSchema.parse(cpus_namespaceObject);
const CPUS = parsed.cpus;
/** Watts per vCPU for a CPU not in the table. */
const VCPU_FALLBACK = parsed.vcpu_fallback;
const cpuNames = (spec) => [spec.name, ...(spec.aliases ?? [])];
/** The full result, for callers that want to tell "ambiguous" from "unknown". */
const matchCpu = (name) => (0,hardware_match/* matchName */.hu)(name, CPUS, cpuNames);
/**
 * The spec for a CPU name, or undefined when unknown or ambiguous. Takes systeminformation's brand
 * with or without its manufacturer (`"AMD" + "EPYC 7763 64-Core Processor"`), or a /proc/cpuinfo
 * model name (`Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz`).
 */
function findCpu(name) {
    const match = matchCpu(name);
    return match.kind === "found" ? match.row : undefined;
}
/** Like `findCpu`, for user input: throws an InputError naming the candidates or the nearest models. */
function requireCpu(name, input = "--cpu") {
    const match = matchCpu(name);
    if (match.kind === "found")
        return match.row;
    if (match.kind === "ambiguous") {
        throw new errors/* InputError */.d(input, name, `it matches several CPU models: ${(0,hardware_match/* quoteList */.JN)(match.rows.map((row) => row.name))}; give the full name`);
    }
    const near = (0,hardware_match/* nearestBy */.iG)(name, CPUS, cpuNames, (spec) => spec.name, 3);
    throw new errors/* InputError */.d(input, name, `not a CPU model we know; nearest: ${(0,hardware_match/* quoteList */.JN)(near)} (all models: data/cpus.json)`);
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   QE: () => (/* binding */ formatEnergy),
/* harmony export */   R8: () => (/* binding */ formatPct),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   d5: () => (/* binding */ formatPower),
/* harmony export */   so: () => (/* binding */ formatMass),
/* harmony export */   x8: () => (/* binding */ signed)
/* harmony export */ });
/** Numbers as people read them: a unit that keeps 3 significant figures readable, signs on deltas. */
/** Rounded first, so that 0.99996 reads "1.00" (not "1.000") and picks its unit as 1, not 0.99996. */
const rounded = (value, digits = 3) => Number(value.toPrecision(digits));
const significant = (value, digits = 3) => {
    if (value === 0)
        return "0";
    const round = rounded(value, digits);
    const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(round))));
    return round.toFixed(Math.min(decimals, 6));
};
function scaled(value, units) {
    const abs = Math.abs(rounded(value));
    // Zero reads in the base unit ("0 g"), not the smallest one.
    const [factor, unit] = units.find(([f]) => abs >= f || (abs === 0 && f === 1)) ?? units[units.length - 1];
    return `${significant(value / factor)} ${unit}`;
}
const formatEnergy = (kwh) => scaled(kwh, [
    [1000, "MWh"],
    [1, "kWh"],
    [0.001, "Wh"],
    [1e-6, "mWh"],
]);
const formatMass = (grams) => scaled(grams, [
    [1e6, "t"],
    [1000, "kg"],
    [1, "g"],
    [1e-3, "mg"],
]);
const formatPower = (watts) => `${significant(watts)} W`;
const signed = (text, value) => value > 0 ? `+${text}` : value < 0 ? text : `±${text}`;
const formatPct = (pct) => signed(`${significant(pct, 2)}%`, pct);
function formatDuration(seconds) {
    if (rounded(seconds) < 60)
        return `${significant(seconds)} s`;
    const s = Math.round(seconds);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const rest = s % 60;
    return h > 0 ? `${h}h ${String(m).padStart(2, "0")}m` : `${m}m ${String(rest).padStart(2, "0")}s`;
}
const shortSha = (sha) => (sha ? sha.slice(0, 7) : "?");


/***/ })

};
