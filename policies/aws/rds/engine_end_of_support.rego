# METADATA
# title: RDS, Aurora or OpenSearch engine version is past its end of standard support
# description: >-
#   RDS, Aurora and OpenSearch Service publish an end-of-standard-support
#   date for each engine version. After it the version gets security fixes only in
#   paid Extended Support (or none), and the service eventually upgrades it on its
#   own schedule, turning a planned change into a forced one; until then the
#   database keeps running engine code that upstream no longer patches. Choosing and
#   upgrading the engine version is the customer's duty. The dates in this policy come from: RDS
#   for MySQL https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Concepts.VersionMgmt.html,
#   RDS for PostgreSQL https://docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-release-calendar.html,
#   RDS for MariaDB https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MariaDB.Concepts.VersionMgmt.html,
#   Aurora MySQL https://docs.aws.amazon.com/AmazonRDS/latest/AuroraMySQLReleaseNotes/AuroraMySQL.release-calendars.html,
#   Aurora PostgreSQL https://docs.aws.amazon.com/AmazonRDS/latest/AuroraPostgreSQLReleaseNotes/aurorapostgresql-release-calendar.html,
#   OpenSearch and Elasticsearch https://docs.aws.amazon.com/opensearch-service/latest/developerguide/what-is.html#choosing-version.
#   (ElastiCache engine versions are covered by SRM-AWS-ELASTICACHE-007.)
# custom:
#   id: SRM-AWS-RDS-013
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: shared
#   input:
#     format: terraform
#     types: [aws_db_instance, aws_rds_cluster, aws_opensearch_domain, aws_elasticsearch_domain]
#   remediation: >-
#     Upgrade to a major version in standard support after testing it, e.g.
#     `engine_version = "17"` for RDS PostgreSQL, `"8.4"` for RDS MySQL,
#     `"8.0.mysql_aurora.3.08.0"` for Aurora MySQL, `"OpenSearch_2.19"` for
#     OpenSearch Service, with `allow_major_version_upgrade = true` on RDS and
#     Aurora.
#   frameworks: {nist-800-53: [SI-2, SA-22, CM-2]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html"
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Concepts.VersionMgmt.html"
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-release-calendar.html"
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MariaDB.Concepts.VersionMgmt.html"
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraMySQLReleaseNotes/AuroraMySQL.release-calendars.html"
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraPostgreSQLReleaseNotes/aurorapostgresql-release-calendar.html"
#     - "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/what-is.html#choosing-version"
package srm.aws.rds.engine_end_of_support

import data.srm.lib.terraform as tf

# The date these tables were last checked against the documentation above:
# versions whose end of standard support falls on or before it are reported.
# Update the date together with the tables.
reviewed := "2026-12-01"

# engine -> version prefix -> end of standard support. A version matches a prefix
# when it equals it or continues it after a dot ("8.0.39", "5.7.mysql_aurora.2.11.2").
end_of_standard_support := {
	"mysql": {"5.6": "2022-03-01", "5.7": "2024-02-29", "8.0": "2026-07-31", "8.4": "2029-07-31"},
	"postgres": {
		"9.6": "2022-04-30", "10": "2023-04-30", "11": "2024-02-29", "12": "2025-02-28", "13": "2026-02-28",
		"14": "2027-02-28", "15": "2028-02-29", "16": "2029-02-28", "17": "2030-02-28", "18": "2031-02-28",
	},
	"mariadb": {
		"10.3": "2023-10-23", "10.4": "2025-02-28", "10.5": "2026-08-31", "10.6": "2026-12-31",
		"10.11": "2028-02-29", "11.4": "2029-05-31", "11.8": "2028-06-30",
	},
	"aurora": {"5.6": "2023-02-28"},
	"aurora-mysql": {"5.6": "2023-02-28", "5.7": "2024-10-31", "8.0": "2028-04-30"},
	"aurora-postgresql": {
		"11": "2024-02-29", "12": "2025-02-28", "13": "2026-02-28", "14": "2027-02-28", "15": "2028-02-29",
		"16": "2029-02-28", "17": "2030-02-28", "18": "2031-02-28",
	},
	"opensearch": {
		"1.0": "2025-11-07", "1.1": "2025-11-07", "1.2": "2025-11-07", "1.3": "2027-11-07",
		"2.3": "2025-11-07", "2.5": "2025-11-07", "2.7": "2025-11-07", "2.9": "2025-11-07",
		"2.11": "2027-11-07", "2.13": "2027-11-07", "2.15": "2027-11-07", "2.17": "2027-11-07", "2.19": "2027-11-07",
	},
	"elasticsearch": {
		"1.5": "2025-11-07", "2.3": "2025-11-07", "5.1": "2025-11-07", "5.3": "2025-11-07", "5.5": "2025-11-07",
		"5.6": "2025-11-07", "6.0": "2025-11-07", "6.2": "2025-11-07", "6.3": "2025-11-07", "6.4": "2025-11-07",
		"6.5": "2025-11-07", "6.7": "2025-11-07", "7.1": "2025-11-07", "7.4": "2025-11-07", "7.7": "2025-11-07",
		"7.8": "2025-11-07", "7.9": "2027-11-07", "7.10": "2027-11-07",
	},
}

engine_names := {
	"mysql": "RDS for MySQL", "postgres": "RDS for PostgreSQL", "mariadb": "RDS for MariaDB",
	"aurora": "Aurora MySQL", "aurora-mysql": "Aurora MySQL", "aurora-postgresql": "Aurora PostgreSQL",
"opensearch": "OpenSearch", "elasticsearch": "Elasticsearch",
}

deny contains {
	"msg": sprintf("%s runs %s %s, %s; upgrade to a version in standard support", [d.resource.address, engine_names[d.engine], d.version, status(d.engine, d.version)]),
	"resource": d.resource.address,
	"path": d.path,
} if {
	some d in deployments
	is_string(d.version)
	not tf.is_unresolved(d.version)
	past_support(d.engine, d.version)
}

# Resources whose engine has a support calendar here.
applies contains d.resource.address if some d in deployments

unknown contains {"resource": d.resource.address, "path": d.path} if {
	some d in deployments
	tf.is_unresolved(d.version)
}

unknown contains {"resource": r.address, "path": ["engine"]} if {
	some type in ["aws_db_instance", "aws_rds_cluster"]
	some r in tf.resources(type)
	tf.is_unresolved(r.values.engine)
}

# deployments: {resource, engine (a key of the tables), version (as written, or
# the provider default), path of the version attribute}. Resources without a
# version use the service's current default and are not judged, except
# aws_elasticsearch_domain, whose provider default is Elasticsearch 1.5.
deployments contains {"resource": r, "engine": engine, "version": r.values.engine_version, "path": ["engine_version"]} if {
	some type in ["aws_db_instance", "aws_rds_cluster"]
	some r in tf.resources(type)
	is_string(r.values.engine)
	engine := lower(r.values.engine)
	end_of_standard_support[engine]
	r.values.engine_version != null
}

# engine_version = "OpenSearch_2.11" or "Elasticsearch_7.10".
deployments contains {"resource": r, "engine": engine, "version": version, "path": ["engine_version"]} if {
	some r in tf.resources("aws_opensearch_domain")
	value := r.values.engine_version
	is_string(value)
	not tf.is_unresolved(value)
	parts := split(value, "_")
	count(parts) == 2
	engine := lower(parts[0])
	end_of_standard_support[engine]
	version := parts[1]
}

deployments contains {"resource": r, "engine": "opensearch", "version": r.values.engine_version, "path": ["engine_version"]} if {
	some r in tf.resources("aws_opensearch_domain")
	tf.is_unresolved(r.values.engine_version)
}

deployments contains {"resource": r, "engine": "elasticsearch", "version": object.get(r.values, "elasticsearch_version", "1.5"), "path": ["elasticsearch_version"]} if {
	some r in tf.resources("aws_elasticsearch_domain")
}

past_support(engine, version) if {
	some prefix, date in end_of_standard_support[engine]
	matches(version, prefix)
	date <= reviewed
}

past_support(engine, version) if older_than_listed(engine, version)

matches(version, prefix) if version == prefix

matches(version, prefix) if startswith(version, concat("", [prefix, "."]))

# A version older than every version in the engine's table left support before it.
older_than_listed(engine, version) if {
	not some_match(engine, version)
	numbers := leading_numbers(version)
	count(numbers) > 0
	every prefix, _ in end_of_standard_support[engine] {
		listed := leading_numbers(prefix)
		array.slice(numbers, 0, count(listed)) < listed
	}
}

some_match(engine, version) if {
	some prefix, _ in end_of_standard_support[engine]
	matches(version, prefix)
}

# leading_numbers("5.7.mysql_aurora.2.11.2") is [5, 7]: the numeric parts before the first other one.
leading_numbers(version) := [to_number(p) | some i, p in parts; i < first_other(parts)] if {
	parts := split(version, ".")
}

first_other(parts) := min({i | some i, p in parts; not regex.match(`^[0-9]+$`, p)} | {count(parts)})

status(engine, version) := sprintf("whose end of standard support was %s", [date]) if {
	some prefix, date in end_of_standard_support[engine]
	matches(version, prefix)
} else := "which is older than every version still in the service's support calendar"
