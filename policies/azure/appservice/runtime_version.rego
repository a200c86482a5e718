# METADATA
# title: App Service or Function App runs an end-of-life language runtime
# description: >-
#   Once a language runtime (.NET, Node.js, Python, PHP, Ruby, Go, PowerShell) or
#   the Functions host reaches end of life, its vulnerabilities are no longer
#   fixed: App Service keeps running the last build, but new CVEs in the
#   interpreter and its standard library stay open for good, and the platform
#   eventually drops the stack. Azure patches the runtime builds it still
#   supports; choosing a supported major version is the customer's job.
# custom:
#   id: SRM-AZURE-APPSERVICE-009
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: shared
#   input:
#     format: terraform
#     types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app]
#   remediation: >-
#     Move to a supported version in `site_config { application_stack { ... } }`,
#     e.g. `python_version = "3.12"`, `node_version = "22-lts"` (`"~22"` on
#     Windows), `dotnet_version = "10.0"`, `php_version = "8.3"`, and run
#     Functions on `functions_extension_version = "~4"`.
#   frameworks: {cis-azure-2.1: ["9.6", "9.7"], nist-800-53: [SI-2, SA-22]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/app-service/language-support-policy"
#     - "https://learn.microsoft.com/en-us/azure/azure-functions/supported-languages"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#application_stack"
#   peers:
#     trivy: [AVD-AZU-0069, AVD-AZU-0070]
package srm.azure.appservice.runtime_version

import data.srm.lib.terraform as tf

app_types := ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_function_app", "azurerm_windows_function_app"]

function_types := ["azurerm_linux_function_app", "azurerm_windows_function_app"]

runtimes := {
	"dotnet_version": ".NET",
	"node_version": "Node.js",
	"python_version": "Python",
	"php_version": "PHP",
	"ruby_version": "Ruby",
	"go_version": "Go",
	"powershell_core_version": "PowerShell",
}

# Versions (normalized: no "~", "v" or "-lts") whose upstream support has ended,
# with the month it ended. Windows `dotnet_version` v2.0-v4.0 are .NET Framework
# versions, still supported with Windows; Java is left out (App Service supports
# its Java versions itself).
end_of_life := {
	"dotnet_version": {
		"3.1": "December 2022", "5.0": "May 2022", "6.0": "November 2024",
		"7.0": "May 2024", "8.0": "November 2026", "9.0": "November 2026",
	},
	"node_version": {
		"10": "April 2021", "12": "April 2022", "14": "April 2023",
		"16": "September 2023", "18": "April 2025", "20": "April 2026",
	},
	"python_version": {
		"2.7": "January 2020", "3.6": "December 2021", "3.7": "June 2023",
		"3.8": "October 2024", "3.9": "October 2025", "3.10": "October 2026",
	},
	"php_version": {
		"5.6": "December 2018", "7.0": "January 2019", "7.1": "December 2019", "7.2": "November 2020",
		"7.3": "December 2021", "7.4": "November 2022", "8.0": "November 2023", "8.1": "December 2025",
	},
	"ruby_version": {"2.6": "March 2022", "2.7": "March 2023"},
	"go_version": {"1.18": "February 2023", "1.19": "August 2023"},
	"powershell_core_version": {"7": "December 2022", "7.0": "December 2022", "7.2": "November 2024", "7.4": "November 2026"},
}

functions_host_end_of_life := {"~1": "September 2026", "~2": "December 2022", "~3": "December 2022"}

deny contains {
	"msg": sprintf("%s runs %s %s (site_config.application_stack.%s = %q), out of support since %s: its vulnerabilities are no longer fixed", [r.address, runtimes[attr], version, attr, raw, since]),
	"resource": r.address,
	"path": ["site_config", i, "application_stack", j, attr],
} if {
	some type in app_types
	some r in tf.resources(type)
	some i, config in tf.blocks(r.values, "site_config")
	some j, stack in tf.blocks(config, "application_stack")
	some attr, _ in runtimes
	raw := as_string(stack[attr])
	version := normalized(raw)
	since := end_of_life[attr][version]
}

deny contains {
	"msg": sprintf("%s runs the Azure Functions %s host (functions_extension_version), out of support since %s: its vulnerabilities are no longer fixed", [r.address, raw, since]),
	"resource": r.address,
	"path": ["functions_extension_version"],
} if {
	some type in function_types
	some r in tf.resources(type)
	raw := as_string(r.values.functions_extension_version)
	since := functions_host_end_of_life[raw]
}

as_string(v) := v if {
	is_string(v)
	not tf.is_unresolved(v)
}

as_string(v) := sprintf("%v", [v]) if is_number(v)

# "~18", "18-lts", "v6.0", "3.12" -> "18", "18", "6.0", "3.12".
normalized(raw) := trim_prefix(trim_prefix(trim_suffix(lower(trim_space(raw)), "-lts"), "~"), "v")
