// One setup for every test: nothing here may reach the network or the real machine's sensors.
process.env.CARBON_BUDGET_NO_NETWORK = "1";
delete process.env.ELECTRICITY_MAPS_TOKEN;
delete process.env.GITHUB_TOKEN;
