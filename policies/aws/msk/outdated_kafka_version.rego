# METADATA
# title: MSK cluster runs an Apache Kafka version past its end of support
# description: >-
#   MSK publishes an end-of-support date for each Apache Kafka version; after it
#   the version receives no more security fixes from MSK, new clusters cannot use
#   it, and MSK may upgrade running clusters to the recommended version at any
#   time without notice, turning a planned change into a forced one. Choosing and
#   upgrading the Kafka version is the customer's duty. The end-of-support dates
#   below come from the MSK list of supported versions
#   (https://docs.aws.amazon.com/msk/latest/developerguide/supported-kafka-versions.html).
# custom:
#   id: SRM-AWS-MSK-006
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: shared
#   input: {format: terraform, types: [aws_msk_cluster]}
#   remediation: >-
#     Upgrade to a supported version, e.g. `kafka_version = "3.9.x"` (or a 4.x
#     KRAFT version), testing clients first; MSK upgrades brokers one at a time.
#   frameworks: {nist-800-53: [SI-2, SA-22, CM-2]}
#   references:
#     - "https://docs.aws.amazon.com/msk/latest/developerguide/supported-kafka-versions.html"
#     - "https://docs.aws.amazon.com/msk/latest/developerguide/version-support.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#kafka_version"
package srm.aws.msk.outdated_kafka_version

import data.srm.lib.terraform as tf

# The date this list was last checked against the MSK documentation: versions
# whose end of support falls on or before it are reported. Update both together.
reviewed := "2026-12-01"

# Kafka major.minor version -> MSK end-of-support date.
end_of_support := {
	"2.2": "2024-06-08",
	"2.3": "2024-06-08",
	"2.4": "2024-06-08",
	"2.5": "2024-06-08",
	"2.6": "2024-09-11",
	"2.7": "2024-09-11",
	"2.8": "2025-01-14",
	"3.1": "2024-09-11",
	"3.2": "2024-09-11",
	"3.3": "2024-09-11",
	"3.4": "2025-08-04",
	"3.5": "2025-10-23",
	"3.6": "2026-06-01",
	"3.7": "2026-09-01",
}

# Versions older than every entry above (1.1.1, 2.1.0) left MSK support before 2024-06-08.
oldest_listed := [2, 2]

deny contains {
	"msg": sprintf("MSK cluster %s runs Apache Kafka %s, %s; upgrade to a supported version", [r.address, r.values.kafka_version, status(minor)]),
	"resource": r.address,
	"path": ["kafka_version"],
} if {
	some r in tf.resources("aws_msk_cluster")
	minor := major_minor(r.values.kafka_version)
	unsupported(minor)
}

unknown contains {"resource": r.address, "path": ["kafka_version"]} if {
	some r in tf.resources("aws_msk_cluster")
	tf.is_unresolved(r.values.kafka_version)
}

unsupported(minor) if end_of_support[minor] <= reviewed

unsupported(minor) if older_than_listed(minor)

older_than_listed(minor) if {
	not end_of_support[minor]
	parts := [to_number(p) | some p in split(minor, ".")]
	parts < oldest_listed
}

status(minor) := sprintf("whose MSK support ended on %s", [end_of_support[minor]]) if {
	end_of_support[minor]
} else := "which MSK stopped supporting before June 2024"

# major_minor("3.6.0") is "3.6"; also "3.7.x", "3.7.x.kraft", "2.8.2.tiered". Undefined otherwise.
major_minor(version) := concat(".", array.slice(split(version, "."), 0, 2)) if {
	is_string(version)
	regex.match(`^[0-9]+\.[0-9]+(\.|$)`, version)
}
