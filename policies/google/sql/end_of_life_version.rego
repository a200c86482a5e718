# METADATA
# title: Cloud SQL instance runs a database major version past its end of life
# description: >-
#   Once the MySQL or PostgreSQL community stops supporting a major version, its
#   vulnerabilities are no longer fixed upstream. Cloud SQL then enrolls the
#   instances in paid extended support, which backports only critical (and for
#   PostgreSQL high) severity fixes, gets no new features, and ends with the
#   version's deprecation three years later, turning a planned upgrade into a forced
#   one. Cloud SQL applies minor versions automatically; choosing and upgrading the
#   major version is the customer's part of patching the database.
# custom:
#   id: SRM-GCP-SQL-011
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: shared
#   input: {format: terraform, types: [google_sql_database_instance]}
#   remediation: >-
#     Upgrade to a supported major version, e.g. `database_version = "MYSQL_8_4"` or
#     `database_version = "POSTGRES_17"`, after testing with a clone (Cloud SQL
#     supports in-place major version upgrades).
#   frameworks: {nist-800-53: [SI-2, SA-22]}
#   references:
#     - "https://cloud.google.com/sql/docs/mysql/db-versions"
#     - "https://cloud.google.com/sql/docs/postgres/db-versions"
#     - "https://cloud.google.com/sql/docs/mysql/extended-support"
#     - "https://cloud.google.com/sql/docs/postgres/extended-support"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_version"
package srm.google.sql.end_of_life_version

import data.srm.lib.terraform as tf

# Major versions past their community end of life, with the date Cloud SQL moved
# them to extended support, as of the last review (December 2026). Update it with
# the "Database versions and version policies" pages (PostgreSQL 14 follows on
# 2027-02-01).
end_of_life := {
	"MYSQL_5_6": ["MySQL 5.6", "2025-02-01"],
	"MYSQL_5_7": ["MySQL 5.7", "2025-02-01"],
	"MYSQL_8_0": ["MySQL 8.0", "2026-07-01"],
	"POSTGRES_9_6": ["PostgreSQL 9.6", "2025-02-01"],
	"POSTGRES_10": ["PostgreSQL 10", "2025-02-01"],
	"POSTGRES_11": ["PostgreSQL 11", "2025-02-01"],
	"POSTGRES_12": ["PostgreSQL 12", "2025-02-01"],
	"POSTGRES_13": ["PostgreSQL 13", "2026-02-01"],
}

deny contains {
	"msg": sprintf("Cloud SQL instance %s runs %s (%s), past its community end of life and in Cloud SQL extended support since %s: only the most severe security fixes are backported until it is retired", [r.address, end_of_life[major][0], version, end_of_life[major][1]]),
	"resource": r.address,
	"path": ["database_version"],
} if {
	some r in tf.resources("google_sql_database_instance")
	version := r.values.database_version
	is_string(version)
	major := major_version(version)
	end_of_life[major]
}

unknown contains {"resource": r.address, "path": ["database_version"]} if {
	some r in tf.resources("google_sql_database_instance")
	tf.is_unresolved(r.values.database_version)
}

# major_version("MYSQL_8_0_31") is "MYSQL_8_0"; other versions are their own major.
major_version(version) := "MYSQL_8_0" if startswith(version, "MYSQL_8_0")

major_version(version) := version if not startswith(version, "MYSQL_8_0")
