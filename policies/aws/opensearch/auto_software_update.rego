# METADATA
# title: OpenSearch domain does not install service software updates automatically
# description: >-
#   Service software updates carry the fixes of OpenSearch, its plugins and the
#   operating system of the nodes. With automatic updates on, OpenSearch Service
#   installs the optional ones (most updates) in the off-peak window; without them
#   every update waits for someone to apply it by hand, the domain runs older
#   software in between, and a required update left for 30 days gets the domain
#   isolated from the network. Automatic updates are off unless
#   `software_update_options.auto_software_update_enabled` is true (the default is
#   false), so an omitted block or attribute is reported too.
# custom:
#   id: SRM-AWS-OPENSEARCH-007
#   severity: low
#   areas: [vulnerability-management]
#   responsibility: shared
#   input: {format: terraform, types: [aws_opensearch_domain]}
#   remediation: >-
#     Turn automatic updates on and schedule them off-peak:
#     `software_update_options { auto_software_update_enabled = true }` together with
#     `off_peak_window_options { enabled = true }`.
#   fix: {safety: safe, change: "Sets `auto_software_update_enabled = true` in `software_update_options` (adding the block when it is missing); OpenSearch installs service software updates by itself, with a blue/green deployment in the off-peak window."}
#   frameworks: {nist-800-53: [SI-2, SI-2(2)]}
#   references:
#     - "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/service-software.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#software_update_options"
package srm.aws.opensearch.auto_software_update

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("OpenSearch domain %s has no software_update_options block: automatic service software updates default to off", [r.address]),
	"resource": r.address,
	"path": ["software_update_options"],
	"fix": [{"set": ["software_update_options", 0, "auto_software_update_enabled"], "value": true}],
} if {
	some r in tf.resources("aws_opensearch_domain")
	count(tf.blocks(r.values, "software_update_options")) == 0
}

deny contains {
	"msg": sprintf("OpenSearch domain %s sets auto_software_update_enabled = %v: service software updates are not installed automatically", [r.address, block.auto_software_update_enabled]),
	"resource": r.address,
	"path": ["software_update_options", i, "auto_software_update_enabled"],
	"fix": [{"set": ["software_update_options", i, "auto_software_update_enabled"], "value": true}],
} if {
	some r in tf.resources("aws_opensearch_domain")
	some i, block in tf.blocks(r.values, "software_update_options")
	tf.is_false(block.auto_software_update_enabled)
}

deny contains {
	"msg": sprintf("OpenSearch domain %s does not set software_update_options.auto_software_update_enabled (it defaults to false): service software updates are not installed automatically", [r.address]),
	"resource": r.address,
	"path": ["software_update_options", i, "auto_software_update_enabled"],
	"fix": [{"set": ["software_update_options", i, "auto_software_update_enabled"], "value": true}],
} if {
	some r in tf.resources("aws_opensearch_domain")
	some i, block in tf.blocks(r.values, "software_update_options")
	object.get(block, "auto_software_update_enabled", null) == null
}
