#!/usr/bin/env python3
"""Validate srm-lint's built-in policies against the public test cases of peer tools.

For every policy whose METADATA lists `custom.peers` (KICS query folders, Checkov
check ids), the peers' own test fixtures are linted with that one policy and the
result is compared with what the peer expects:

KICS (assets/queries/terraform/<provider>/<query>/test, assets/queries/k8s/<query>/test)
  * every positive file is linted alone (a .tf file is copied into a directory of its
    own, because all .tf files of a directory are one module); recall = positive
    files where the policy reports at least one finding;
  * line agreement = lines of positive_expected_result.json for that file on which
    the policy also reports a finding (same start line); "resource agreement" is the
    looser measure: the expected line lies inside a block/document we flagged;
  * a finding on a negative file is a false positive, unless it falls on a resource
    type (Terraform) or kind (Kubernetes) that the query never flags in its own
    positive files: that is counted as out of scope.

Checkov (tests/terraform/checks/resource, tests/terraform/graph/checks,
tests/kubernetes/checks, tests/kubernetes/graph/checks)
  * example folders are linted as a whole (as Checkov does); each expected failing
    resource address is found if a finding of the policy has that `resource`
    (an index suffix `[...]` on either side is accepted); a finding on an expected
    passing resource is a false positive; a finding on a resource the test does not
    mention is out of scope;
  * Kubernetes example folders whose test only counts results are judged per file by
    the file name (`...FAILED...` / `...PASSED...`; other files are out of scope);
  * unit tests that scan an inline HCL string (`hcl2.loads`) or a configuration
    dictionary are turned into a one-resource main.tf ("unit" cases, reported
    separately, because the dictionary form has to be converted back to HCL).

Python 3.11 standard library only. Nothing of the peers is copied anywhere but a
temporary directory. Judgements about individual disagreements live in JUDGEMENTS
below (keyed by policy, peer and case) so that a rerun keeps them.
"""
from __future__ import annotations

import argparse
import ast
import concurrent.futures as cf
import dataclasses
import difflib
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

# --------------------------------------------------------------------------------------
# Judgements written after looking at each disagreement. Key: "<policy>|<peer id>|<case>"
# where <case> is the text shown in the Disagreements section (fnmatch patterns allowed).
# Value: one line. Cases without an entry are shown as "not reviewed yet".
# --------------------------------------------------------------------------------------
JUDGEMENTS: dict[str, str] = {
    'SRM-AWS-APIGW-003|CKV_AWS_59|*test_failure (*':
        'Theirs relies on an unresolved variable: http_method = var.method; we stay silent because the method might be OPTIONS (CORS preflight). Defensible.',
    'SRM-AWS-APIGW-003|CKV_AWS_59|*test_authorization_missing*':
        'Theirs questionable: `authorization` is a required argument of aws_api_gateway_method, the resource is not valid Terraform.',
    'SRM-AWS-CLOUDTRAIL-001|cloudtrail_multi_region_disabled|*positive3.tf':
        'Ours misses it: KICS also flags a multi-region trail with include_global_service_events = false (IAM/STS events are then lost). Owner to decide whether to add it here.',
    'SRM-AWS-CONFIG-002|CKV2_AWS_45|aws_config_configuration_recorder_status.fail_2':
        "Out of this policy's scope: the recorder is enabled but has all_supported = false; Checkov folds that into one check, srm-lint reports it with SRM-AWS-CONFIG-001 (recorder_all_resources).",
    'SRM-AWS-CONFIG-003|CKV_AWS_121|*test_failure (*':
        'Theirs questionable: an aggregator without any aggregation source block is not valid for the provider (one of the two source blocks is required).',
    'SRM-AWS-EC2-002|CKV_AWS_3|aws_ebs_volume.disabled':
        'Theirs questionable: `encrypted = False` is not an HCL boolean (literals are lower-case), Terraform rejects it as a reference; srm-lint sees an unresolved value and stays silent.',
    'SRM-AWS-EC2-002|CKV_AWS_8|aws_instance.fail':
        'Theirs questionable: `encrypted = False` is not an HCL boolean (literals are lower-case), Terraform rejects it as a reference; srm-lint sees an unresolved value and stays silent.',
    'SRM-AWS-EC2-005|launch_configuration_is_not_encrypted|*negative1.tf':
        'Ours agrees with Checkov CKV_AWS_8: a launch configuration without root_block_device gets an unencrypted root volume unless the AMI or the account default encrypts it; KICS only inspects the block devices that are declared.',
    'SRM-AWS-EC2-006|hardcoded_aws_access_key|*positive2.tf':
        'Theirs questionable: the "key" is a run of 40 digits; srm-lint wants an access key id (AKIA...) or a labelled secret key, matching any 40-character token would flag hashes and ids.',
    'SRM-AWS-ECS-001|CKV_AWS_334|aws_ecs_task_definition.fail':
        'Theirs questionable: the container sets `privilege = true`, which is not an ECS container definition field (it is `privileged`); ECS ignores it.',
    'SRM-AWS-EKS-001|CKV_AWS_38|aws_eks_cluster.empty':
        "Ours wrong: `public_access_cidrs = []` leaves the provider's computed default (0.0.0.0/0) with the public endpoint on; treat an empty list like an absent one.",
    'SRM-AWS-IAM-001|CKV_AWS_62|aws_iam_policy.fail4':
        'Theirs questionable: the statement has no Effect, which IAM rejects (the test file itself says the policy is not valid).',
    'SRM-AWS-IAM-008|iam_access_key_is_exposed|*negative.tf':
        'Different scope: srm-lint flags every long-lived IAM access key, the KICS query only keys of a user called root. The finding is intended; the KICS id is a loose peer.',
    'SRM-AWS-KMS-001|cmk_rotation_disabled|*positive5.tf':
        "Not this policy's concern: KICS flags rotation enabled on an asymmetric RSA key, which the KMS API refuses (apply fails); no key is left without rotation.",
    'SRM-AWS-KMS-002|CKV_AWS_33|aws_kms_key.fail_0':
        'Theirs questionable: the key policy has a trailing comma, it is not valid JSON and AWS rejects it; srm-lint cannot read it.',
    'SRM-AWS-KMS-002|CKV_AWS_33|aws_kms_key.fail_1':
        'Theirs questionable: "Principal": ["foo","*"] is not valid policy grammar (Principal is "*" or an object such as {"AWS": ...}); AWS rejects it.',
    'SRM-AWS-KMS-002|CKV_AWS_33|aws_kms_key.fail_3':
        'Theirs questionable: "Principal": ["foo","*"] is not valid policy grammar (Principal is "*" or an object such as {"AWS": ...}); AWS rejects it.',
    'SRM-AWS-LAMBDA-001|CKV_AWS_363|aws_lambda_function.pass':
        'Theirs outdated: nodejs18.x reached end of support on 2025-09-01; the Checkov test predates that.',
    'SRM-AWS-LAMBDA-002|CKV_AWS_50|aws_lambda_function.pass_through':
        'Deliberate: mode "PassThrough" only forwards an upstream trace, it does not sample; srm-lint (like Security Hub Lambda.7) wants "Active".',
    'SRM-AWS-LAMBDA-003|CKV_AWS_301|aws_lambda_permission.fail':
        'Deliberate: principal "*" is limited by source_arn (only that EventBridge rule can invoke); AWS does not treat such a policy as public. Theirs flags any "*".',
    'SRM-AWS-LAMBDA-003|lambda_permission_principal_is_wildcard|*positive.tf':
        'Deliberate: principal "*" is limited by source_arn (only that EventBridge rule can invoke); AWS does not treat such a policy as public. Theirs flags any "*".',
    'SRM-AWS-OPENSEARCH-002|CKV_AWS_6|*':
        'Ours stricter: Checkov exempts domains with at most one node (no traffic between nodes today); srm-lint flags them because scaling out later leaves the traffic clear. Owner may exempt instance_count <= 1.',
    'SRM-AWS-RDS-002|db_instance_storage_not_encrypted|*negative1.tf':
        'Theirs questionable: negative2 gives kms_key_id without storage_encrypted = true, which RDS rejects ("You must enable StorageEncrypted when you specify KmsKeyId"); as written the instance is unencrypted.',
    'SRM-AWS-RDS-002|CKV_AWS_16|aws_db_instance.disabled':
        'Theirs questionable: `storage_encrypted = False` is not an HCL boolean (literals are lower-case), Terraform rejects it as a reference.',
    'SRM-AWS-RDS-004|CKV_AWS_226|*':
        'Theirs relies on a wrong default: auto_minor_version_upgrade defaults to true in the provider and the API; Checkov fails it when it is absent.',
    'SRM-AWS-RDS-010|CKV_AWS_226|*':
        'Theirs relies on a wrong default: auto_minor_version_upgrade defaults to true in the provider and the API; Checkov fails it when it is absent.',
    'SRM-AWS-RDS-007|CKV_AWS_118|*test_failure3*':
        'Theirs questionable: monitoring_interval = "5" is a valid interval (Terraform converts the string); Checkov fails it only because it is quoted.',
    'SRM-AWS-RDS-009|CKV2_AWS_60|aws_db_instance.fail_1':
        'Theirs questionable: copy_tags_to_snapshot = true is set; Checkov fails it only because engine = "neptune", which aws_db_instance does not accept.',
    'SRM-AWS-REDSHIFT-001|CKV_AWS_64|*':
        'Theirs relies on an old default: since January 2025 new clusters are encrypted and provider v6 defaults `encrypted` to true; the policy reports only an explicit false (documented).',
    'SRM-AWS-REDSHIFT-002|CKV_AWS_87|*':
        'Theirs relies on an old default: the Redshift API and provider v6 default to private clusters; the policy reports only an explicit true (documented).',
    'SRM-AWS-REDSHIFT-003|CKV_AWS_71|*test_failure_false*':
        'Theirs questionable: `enable = 0` is a number, Terraform does not convert it to a bool and rejects the configuration.',
    'SRM-AWS-REDSHIFT-003|CKV_AWS_71|*test_failure_missing_2*':
        'Theirs questionable: the logging block has no `enable`, a required argument of that block; the configuration is invalid.',
    'SRM-AWS-S3-001|CKV_AWS_19|aws_s3_bucket.bucket_bad_*':
        'Theirs tests invalid values (sse_algorithm "metallica", "jack daniels" or none), which AWS and the provider reject; srm-lint checks that a configuration exists, not value validity.',
    'SRM-AWS-S3-001|CKV_AWS_19|aws_s3_bucket.default_encryption_bucket':
        'Deliberate and documented in the policy: srm-lint asks for an explicit encryption configuration (medium severity); Checkov accepts the SSE-S3 default since 2023.',
    'SRM-AWS-S3-002|CKV_AWS_20|aws_s3_bucket.website*':
        'Theirs questionable: "website" is not an S3 canned ACL; AWS rejects it.',
    'SRM-AWS-S3-003|s3_bucket_allows_public_acl|*negative1.tf':
        'Not a disagreement: this KICS query looks at block_public_acls only; the file leaves ignore_public_acls false and restrict_public_buckets unset, which SRM-AWS-S3-003 (all four settings) reports.',
    'SRM-AWS-S3-003|s3_bucket_without_restriction_of_public_bucket|*negative1.tf':
        'Not a disagreement: this KICS query looks at restrict_public_buckets only; the file leaves ignore_public_acls unset (false), which SRM-AWS-S3-003 (all four settings) reports.',
    'SRM-AWS-S3-003|s3_bucket_allows_public_policy|*negative*.tf':
        'Ours right: the block sets block_public_policy = false, which this policy reports; the KICS negative relies on the account-level setting of another file version (its test files come from mixed commits, see above).',
    'SRM-AWS-S3-006|s3_bucket_policy_accepts_http_requests|*negative6.tf':
        'Deliberate: an Allow conditioned on aws:SecureTransport = true does not stop HTTP requests that other grants allow; only an explicit Deny on SecureTransport = false enforces TLS (AWS guidance, Security Hub S3.5).',
    'SRM-AWS-S3-007|CKV_AWS_70|*fail_w_condition':
        'Ours misses it: the only condition (aws:PrincipalArn ArnEquals "arn:aws:iam::*") matches every principal, yet the policy treats any Condition as a restriction. Owner to consider ignoring wildcard-only conditions.',
    'SRM-AWS-SECRETSMANAGER-001|secretsmanager_secret_encrypted_with_aws_managed_key|*positive2.tf':
        'Ours misses it: kms_key_id comes from data "aws_kms_key" with key_id = "alias/aws/secretsmanager", the AWS managed key; the policy could follow the data source\'s key_id.',
    'SRM-AWS-SECRETSMANAGER-002|CKV_AWS_304|aws_secretsmanager_secret_rotation.fail_2':
        'Theirs reports an unresolved variable: automatically_after_days = var.days, and var.days is not declared with a default.',
    'SRM-AWS-SNS-002|CKV_AWS_169|*':
        'Theirs questionable: the policy JSON has a trailing comma after the last action, so it is not valid JSON and SNS rejects it (sns_tp3 also uses a wildcard account in a principal ARN, which IAM does not allow).',
    'SRM-AWS-VPC-001|CKV_AWS_24|aws_security_group.fail2':
        'Theirs questionable: protocol "tcp" with from_port = to_port = 0 opens port 0 only; 0/0 means "all ports" only with protocol -1.',
    'SRM-AWS-VPC-001|CKV_AWS_24|aws_security_group.not_self':
        'Theirs questionable: the rule has no source at all (no CIDR, no security group, self = false), so it opens nothing.',
    'SRM-AWS-VPC-001|CKV_AWS_24|aws_security_group.pass_self2':
        'Ours right: the rule allows all traffic from 0.0.0.0/0; self = true adds the group itself and does not narrow the CIDR. Checkov passes it wrongly.',
    'SRM-AWS-VPC-001|CKV_AWS_24|aws_vpc_security_group_ingress_rule.fail2':
        'Theirs questionable: the rule has no cidr_ipv4/cidr_ipv6/prefix list/security group source, which the provider requires; it opens nothing.',
    'SRM-AWS-VPC-002|vpc_flowlogs_disabled|*positive1.tf':
        'Theirs questionable: KICS flags an aws_flow_log that names no target (an invalid resource); the VPC itself has a flow log (example1), which is what the policy checks.',
    'SRM-AWS-VPC-003|default_security_groups_with_unrestricted_traffic|*negative.tf':
        'Deliberate (CIS AWS 5.4, Checkov CKV2_AWS_12): the default security group should have no rules at all; KICS only flags world-open ones.',
    'SRM-AWS-VPC-005|CKV_AWS_231|aws_network_acl.pass3':
        'Not a disagreement: rule 100 opens SSH (22) to the world, which the RDP-only Checkov check ignores; 3389 is denied first by rule 10 and is not reported.',
    'SRM-AWS-VPC-005|CKV_AWS_231|aws_network_acl_rule.count_pass':
        'Not a disagreement: count_pass[2] opens port 22 (the variable\'s default list contains "22"), which the RDP-only Checkov check does not look at; srm-lint covers SSH and RDP in one policy.',
    'SRM-AWS-VPC-005|CKV_AWS_232|aws_network_acl.pass3':
        'Ours wrong: rules 10 and 20 deny 20-22 and 3389 before rule 100 allows everything; the policy must honour deny rules with a lower rule number.',
    'SRM-AZURE-APPSERVICE-001|CKV_AZURE_70|azurerm_linux_function_app.fail3':
        'Theirs questionable: https_only = true redirects every HTTP request to HTTPS; auth_settings_v2.require_https = false only concerns the authentication endpoints, which the redirect already covers.',
    'SRM-AZURE-APPSERVICE-002|app_service_not_using_latest_tls_encryption_version|*positive2.tf':
        'Theirs questionable: KICS flags min_tls_version = 1.2 because it is written as a number; it is TLS 1.2 and there is nothing to report.',
    'SRM-AZURE-DB-002|CKV_AZURE_147|azurerm_postgresql_server.fail2':
        'Theirs relies on an old default: ssl_minimal_tls_version_enforced defaults to TLS1_2 in azurerm; the policy reports only explicit weak versions (documented).',
    'SRM-AZURE-DB-004|*':
        'Deliberate: the server uses the Basic tier (sku B_Gen5_2), which cannot have geo-redundant backups; the policy skips Basic servers instead of asking for the impossible.',
    'SRM-AZURE-DEFENDER-002|CKV_AZURE_21|*test_failure (*':
        'Theirs questionable: alert_notifications and alerts_to_admins are required arguments of azurerm_security_center_contact; the resource is not valid.',
    'SRM-AZURE-KEYVAULT-002|CKV_AZURE_111|*':
        "Not a disagreement: soft delete is on (Checkov's point) but soft_delete_retention_days = 7, below the 90 days this policy asks for.",
    'SRM-AZURE-MONITOR-001|CKV_AZURE_37|*test_failure_1 (*':
        'Theirs questionable: with retention enabled and days unset the provider sends 0, which Azure reads as "keep indefinitely".',
    'SRM-AZURE-MONITOR-001|CKV_AZURE_37|*test_failure_missing (*':
        'Theirs questionable: retention_policy is a required block of azurerm_monitor_log_profile; the resource is not valid (log profiles are retired anyway).',
    'SRM-AZURE-MONITOR-002|CKV_AZURE_38|*test_fail_missing (*':
        'Theirs questionable: categories is a required argument of azurerm_monitor_log_profile; the resource is not valid.',
    'SRM-AZURE-NETWORK-001|rdp_is_exposed_to_the_internet|*negative.tf':
        'Deliberate: the flagged rules open UDP ports that include 3389 (2000-5000, 3389) to "*", "internet" or "/0"; RDP also runs over UDP 3389 (RDP 8+ transport), KICS counts TCP only.',
    'SRM-AZURE-NETWORK-003|network_watcher_flow_disabled|*negative.tf':
        "Not a disagreement: the flow log is enabled (this KICS query's point) but keeps records 7 days, which this policy (also mapped to small_flow_logs_retention_period) reports.",
    'SRM-AZURE-NETWORK-003|CKV_AZURE_12|*test_failure_no_retention_policy*':
        'Theirs questionable: without a retention policy Azure keeps flow log records indefinitely (documented in the policy).',
    'SRM-AZURE-NETWORK-003|CKV_AZURE_12|*test_failure_invalid_days_string*':
        'Theirs reports an unresolved variable: days = var.watcher_flow_logs.days.',
    'SRM-AZURE-SQL-003|mssql_server_auditing_disabled|*negative.tf':
        'Ours right: the auditing resource sets database_id, which azurerm_mssql_server_extended_auditing_policy does not have (it takes server_id); the server has no server-level auditing. The KICS negative is not valid.',
    'SRM-AZURE-SQL-004|CKV_AZURE_24|*.default':
        'Not this policy: the server has no auditing at all, which SRM-AZURE-SQL-003 reports; retention is only checked where auditing exists.',
    'SRM-AZURE-SQL-005|CKV2_AZURE_27|azurerm_mssql_server.fail_2':
        'Theirs questionable: an Entra ID administrator is configured (object_id set, AD-only authentication on); Checkov fails it only because login_username is a blank string.',
    'SRM-AZURE-SQL-005|CKV2_AZURE_7|azurerm_sql_server.sql_server_bad':
        'Fixture artefact: both servers are named "mysqlserver" and the policy also accepts an administrator that names the server literally, so the admin of sql_server_good counts here too. Harmless in practice (server names are globally unique).',
    'SRM-AZURE-STORAGE-002|CKV_AZURE_44|*':
        'Theirs relies on an old default: min_tls_version defaults to TLS1_2 since azurerm 3.0; the policy reports only explicit older versions.',
    'SRM-AZURE-STORAGE-007|CKV2_AZURE_38|azurerm_storage_account.fail_1':
        'Deliberate: a FileStorage account holds no blobs, so blob soft delete does not apply (the blob policy keeps 10 days anyway); Checkov fails it for a reason outside this policy.',
    'SRM-AZURE-STORAGE-008|CKV_AZURE_33|*test_failure (*':
        'Deliberate: srm-lint only reports accounts that hold queues in the configuration; the unit test declares none.',
    'SRM-GCP-BIGQUERY-001|CKV_GCP_15|*':
        'Theirs questionable: the access block names no principal at all (only a role, or an unknown key), which the BigQuery API rejects; Checkov treats a missing principal as public.',
    'SRM-GCP-COMPUTE-002|CKV_GCP_36|*test_success_2*':
        'Checkov exempts instances whose name starts with "gke-" (GKE nodes forward pod traffic); a hand-written google_compute_instance named gke-test is not a GKE node. Ours stands.',
    'SRM-GCP-COMPUTE-004|CKV_GCP_32|google_compute_instance_from_template.fail1':
        'Theirs questionable: `metadata` is written as a block, but it is a map argument (`metadata = { ... }`); Terraform rejects the configuration.',
    'SRM-GCP-COMPUTE-006|CKV_GCP_39|*':
        'Not a disagreement: Checkov CKV_GCP_39 checks vTPM and integrity monitoring only; this policy also wants Secure Boot, which shielded_instance_config leaves off by default.',
    'SRM-GCP-GKE-008|CKV_GCP_70|google_container_cluster.fail':
        'Theirs relies on an old default: GKE enrols a cluster without release_channel in the REGULAR channel; only the explicit UNSPECIFIED opt-out is reported (documented).',
    'SRM-GCP-GKE-009|*':
        'Theirs relies on a wrong default: an empty management block leaves auto_repair and auto_upgrade at their default, true; the policy reports only explicit false (documented).',
    'SRM-GCP-GKE-010|CKV_GCP_8|*':
        'Deliberate: monitoring_service = "monitoring.googleapis.com" is the decommissioned legacy Stackdriver service; the current value is "monitoring.googleapis.com/kubernetes".',
    'SRM-GCP-GKE-011|CKV_GCP_66|google_container_cluster.fail3':
        'Theirs questionable: evaluation_mode = false is not a valid value (DISABLED or PROJECT_SINGLETON_POLICY_ENFORCE); the API rejects it.',
    'SRM-GCP-IAM-003|CKV2_GCP_3|google_service_account_key.account_ok':
        "Ours right: google_service_account_key always creates a user-managed key, with or without public_key_data (without it the private key even lands in the state); Checkov's graph check only fails uploaded keys.",
    'SRM-GCP-KMS-001|CKV_GCP_43|google_kms_crypto_key.fail':
        'Theirs tests an invalid value: rotation_period = 90 is not a duration such as "7776000s"; the provider rejects it.',
    'SRM-GCP-KMS-002|kms_crypto_key_publicly_accessible|*':
        'Theirs questionable: the google_iam_policy binding uses `member`, which that data source does not accept (it takes a `members` list); the configuration is invalid.',
    'SRM-GCP-LOGGING-001|iam_audit_not_properly_configured|*negative.tf':
        'Ours right: CIS GCP 2.1 asks for ADMIN_READ, DATA_READ and DATA_WRITE on allServices; the KICS negative omits DATA_WRITE.',
    'SRM-GCP-SQL-002|CKV_GCP_60|*':
        'Ours right: without ip_configuration a Cloud SQL instance gets a public IPv4 address (ipv4_enabled defaults to true); Checkov only fails an explicit ipv4_enabled = true (and pass4 is MySQL, outside its SQL Server-only check).',
    'SRM-GCP-SQL-003|CKV_GCP_6|*test_failure (*':
        "Theirs questionable: the unit test scans a GKE-style dictionary (monitoring_service = none) without the required settings block, a copy-paste in Checkov's test.",
    'SRM-GCP-SQL-003|CKV_GCP_6|*test_failure_sslmode_encryptonly*':
        'Deliberate: ssl_mode = ENCRYPTED_ONLY forces TLS on every connection, which is what the policy asks; Checkov also wants client certificates (TRUSTED_CLIENT_CERTIFICATE_REQUIRED).',
    'SRM-GCP-SQL-004|CKV_GCP_14|*test_failure (*':
        "Theirs questionable: the unit test scans a GKE-style dictionary (monitoring_service = none) without the required settings block, a copy-paste in Checkov's test.",
    'SRM-GCP-SQL-005|CKV2_GCP_20|google_sql_database_instance.fail':
        'Not this policy: backups are off (enabled not set), which SRM-GCP-SQL-004 reports; this policy checks point-in-time recovery on instances that have backups.',
    'SRM-GCP-SQL-007|CKV_GCP_5*|google_sql_database_instance.unknown_var':
        'Theirs reports an unresolved variable: database_flags = ["${var.test_var}"].',
    'SRM-GCP-SQL-007|CKV_GCP_53|google_sql_database_instance.pass':
        "Not a disagreement: log_disconnections is on (CKV_GCP_53's point) but log_connections is not set, which this policy also requires (CKV_GCP_52).",
    'SRM-GCP-SQL-008|CKV_GCP_59|google_sql_database_instance.pass2':
        "Not a disagreement: contained database authentication is off (CKV_GCP_59's point) but cross db ownership chaining is on, which this policy also reports (CKV_GCP_58).",
    'SRM-GCP-STORAGE-001|CKV_GCP_29|google_storage_bucket.disabled':
        'Theirs questionable: `uniform_bucket_level_access = False` is not an HCL boolean (literals are lower-case), Terraform rejects it as a reference.',
    'SRM-GCP-STORAGE-007|CKV2_GCP_4|*':
        'Theirs questionable: the sinks\' destination is the bare bucket name, not "storage.googleapis.com/<bucket>" as the Logging API requires, so srm-lint does not see them as exporting to the bucket.',
    'SRM-GCP-VPC-001|CKV2_GCP_12|*':
        'Theirs questionable: source range "0.0.0.0" (no prefix length) is the single address 0.0.0.0/32 and "::0" is ::/128, not the whole internet.',
    'SRM-K8S-APISERVER-005|CKV_K8S_74|Pod.kube-system.kube-apiserver-no-mode':
        'Ours right: kube-apiserver without --authorization-mode uses its default, AlwaysAllow; Checkov passes the missing flag.',
    'SRM-K8S-APISERVER-006|*':
        "Deliberate: --audit-log-maxage is not set (0: files are kept whatever their age) and the API server writes no audit file (no --audit-log-path), which is SRM-K8S-APISERVER-001's finding; an explicit value below 30 is reported with or without the path.",
    'SRM-K8S-APISERVER-007|*':
        "Deliberate: --audit-log-maxbackup is not set (0: every rotated file is kept) and the API server writes no audit file (no --audit-log-path), which is SRM-K8S-APISERVER-001's finding; an explicit value below 10 is reported with or without the path.",
    'SRM-K8S-NS-001|using_unrecommended_namespace|*':
        'Deliberate: kube-system holds the control plane and cluster add-ons (static pods, CoreDNS, kube-proxy), which manifests legitimately place there, so the policy does not flag it; CIS 5.7.4 names the default namespace. The default and kube-public namespaces are reported.',
    'SRM-K8S-POD-002|CKV_K8S_20|*oc-deploymentConfig-FAILED.yml':
        'Not covered: DeploymentConfig is an OpenShift kind, outside the Kubernetes kinds this policy reads.',
    'SRM-K8S-POD-002|CKV_K8S_20|*pod-runas1000-malformed-PASSED.yaml':
        'Ours wrong (robustness): the manifest is malformed (containers is a mapping, the API server rejects it) and srm-lint walks the mapping\'s values as containers, reporting an "<unnamed>" container that allows escalation; it should skip or report malformed input.',
    'SRM-K8S-POD-003|CKV_K8S_23|*malformed-spec.yaml':
        'Theirs questionable: the manifest is malformed (spec is a list) and the API server rejects it; nothing to check.',
    'SRM-K8S-POD-006|CKV_K8S_25|*':
        "Not a disagreement: no capability is added (CKV_K8S_25's point) but none is dropped; this policy also covers CKV_K8S_37 (drop ALL, restricted Pod Security Standard).",
    'SRM-K8S-POD-006|containers_with_added_capabilities|*':
        "Not a disagreement: no capability is added (this KICS query's point) but none is dropped; this policy also covers no_drop_capabilities_for_containers (drop ALL).",
    'SRM-K8S-POD-008|CKV_K8S_31|*':
        'Deliberate: the seccomp.security.alpha.kubernetes.io annotations were deprecated in 1.19 and have no effect on supported clusters (the kubelet dropped them in 1.25, the API server stopped copying them into seccompProfile in 1.27); only securityContext.seccompProfile counts.',
    'SRM-K8S-POD-008|seccomp_profile_is_not_configured|*':
        'Deliberate: the annotation seccomp.security.alpha.kubernetes.io/defaultProfileName belongs to the removed PodSecurityPolicy and has no effect on a Pod.',
    'SRM-K8S-POD-010|cpu_limits_not_set|*':
        "Not a disagreement: the cpu limit is set (this KICS query's point) but a container has no memory limit, which this policy (also mapped to memory_limits_not_defined) reports.",
    'SRM-K8S-POD-010|memory_limits_not_defined|*':
        "Not a disagreement: the memory limit is set (this KICS query's point) but there is no cpu limit, which this policy (also mapped to cpu_limits_not_set) reports.",
    'SRM-K8S-POD-011|non_kube_system_pod_with_host_mount|*':
        'Deliberate: the baseline Pod Security Standard forbids hostPath in every namespace; KICS exempts kube-system, srm-lint leaves that to a suppression.',
    'SRM-K8S-POD-020|cpu_requests_not_set|*':
        'Deliberate: when only the cpu limit is set Kubernetes sets the request to the limit, so the containers do have a cpu request.',
    'SRM-K8S-POD-020|memory_requests_not_defined|*positive*':
        'Deliberate: when only the memory limit is set Kubernetes sets the request to the limit, so the container does have a memory request.',
    'SRM-K8S-POD-020|memory_requests_not_defined|*negative*':
        "Not a disagreement: the memory request is set (this KICS query's point) but there is no cpu request, which this policy (also mapped to cpu_requests_not_set) reports.",
    'SRM-K8S-RBAC-001|CKV_K8S_49|*test-should-fail-3':
        'Defensible: only apiGroups is a wildcard, with a single named resource and verb ("example"); the rule grants nothing broad. Checkov flags any "*".',
    'SRM-K8S-RBAC-004|CKV_K8S_15*|*':
        'Covered elsewhere: verbs ["*"] includes bind and escalate; SRM-K8S-RBAC-001 (wildcards) reports this rule, RBAC-004 matches the named verbs only.',
    'SRM-K8S-RBAC-005|permissive_access_to_create_pods|*positive2.yaml':
        'Covered elsewhere: resources ["*"] includes pods; the wildcard rule is SRM-K8S-RBAC-001\'s finding.',
    'SRM-K8S-RBAC-005|rbac_roles_with_*_permission|*negative.yaml':
        'Not a disagreement: no attach/exec here, but create on pods, which this policy (also mapped to permissive_access_to_create_pods) reports.',
    'SRM-K8S-SA-002|CKV_K8S_41|*':
        'Not a disagreement: the default ServiceAccount opts out (Checkov\'s point); this policy covers every ServiceAccount and reports "notdefault", which leaves token automounting on.',
    'SRM-K8S-SVC-001|service_type_is_nodeport|*':
        "Not a disagreement: the Service is not a NodePort (this KICS query's point) but a LoadBalancer without loadBalancerSourceRanges, which this policy (also mapped to service_with_external_load_balancer) reports.",
    'SRM-AWS-IAM-001|error|*example_AdminPolicyDocument*':
        'Theirs invalid: line 28 puts a `principals { }` block inside an object expression (statement = [{ ... }]); Terraform rejects it too.',
    'SRM-AWS-S3-004|error|*S3BucketVersioning*':
        'Theirs invalid: `status = "Enabled"}` ends an argument and its block on one line; Terraform rejects it too ("Missing newline after argument").',
    'SRM-K8S-IMG-00*|error|*':
        'Ours too strict: a double-quoted scalar continues on lines indented less than its sequence entry; libyaml-based parsers (and kubectl) accept it, the srm-lint YAML parser rejects the whole file.',
    'SRM-AZURE-STORAGE-008|CKV_AZURE_33|*test_failure_2*':
        'Theirs questionable: the logging block is empty, without its required arguments (delete, read, write, version); the configuration is invalid.',
    'SRM-GCP-GKE-008|ensure_gke_version_management_is_automated_using_release_channels|*positive1.tf':
        'Theirs relies on an old default: GKE enrols a cluster without release_channel in the REGULAR channel; only the explicit UNSPECIFIED opt-out is reported (documented).',
    'SRM-GCP-GKE-008|ensure_gke_version_management_is_automated_using_release_channels|*positive4.tf':
        'Deliberate: EXTENDED is a production channel (the Regular versions with automatic patch upgrades and a longer support period, introduced after CIS GKE 5.5.4 was written); KICS accepts only STABLE/REGULAR. UNSPECIFIED and RAPID are reported.',
    'SRM-AWS-EC2-003|ec2_instance_has_public_ip|*positive1.tf:17':
        "Deliberate: web2 does not set associate_public_ip_address, so the subnet's map_public_ip_on_launch decides; the policy reports only an explicit true (debatable for default-VPC subnets, which do assign public IPs).",
    'SRM-AWS-IAM-009|iam_user_with_access_to_console|*':
        'Same finding, other resource: srm-lint reports the aws_iam_user_login_profile that gives the console password, KICS the user it belongs to.',
    'SRM-AWS-REDSHIFT-001|redshift_not_encrypted|*':
        'Theirs relies on an old default: since January 2025 new clusters are encrypted and provider v6 defaults `encrypted` to true; the policy reports only an explicit false (documented).',
    'SRM-AWS-REDSHIFT-002|redshift_publicly_accessible|*':
        'Theirs relies on an old default: the Redshift API and provider v6 default to private clusters; the policy reports only an explicit true (documented).',
    'SRM-AZURE-AKS-004|aks_network_policy_misconfigured|*:69':
        'Theirs questionable: network_policy = "roxanne" is not a valid value; the API rejects it.',
    'SRM-AZURE-DB-001|ssl_enforce_is_disabled|*:22':
        'Theirs questionable: positive2 omits ssl_enforcement_enabled, a required argument of azurerm_postgresql_server (azurerm 3.x); the resource is not valid.',
    'SRM-AZURE-MONITOR-001|small_activity_log_retention_period|*':
        'Theirs questionable: a retention policy that is disabled, or enabled without days (0), keeps the activity log indefinitely; only 1-364 days is too short.',
    'SRM-AZURE-NETWORK-003|small_flow_logs_retention_period|*':
        'Theirs questionable: a flow log without retention policy, or with the policy disabled, keeps records indefinitely (documented in the policy).',
    'SRM-AZURE-SQL-004|small_m*|*':
        'Deliberate: KICS flags retention_in_days = 0 or unset, which keeps audit files indefinitely (not too short), and exactly 90, which the policy accepts as Checkov CKV_AZURE_24 does (>= 90); KICS reads CIS "greater than 90 days" strictly.',
    'SRM-AZURE-STORAGE-001|storage_account_not_forcing_https|*:10':
        'Theirs relies on an old default: HTTPS-only traffic has defaulted to true since azurerm 2.0; the policy reports only an explicit false.',
    'SRM-GCP-GKE-002|legacy_client_certificate_auth_enabled|*':
        'Theirs relies on an old default: an empty master_auth leaves issue_client_certificate false (the default since GKE 1.12); only an explicit true is reported.',
    'SRM-GCP-GKE-005|network_policy_disabled|*':
        'Theirs questionable: positive1/2/4 create the cluster with network_policy enabled and no addons_config.network_policy_config; GKE then enables the add-on itself (the API derives it from networkPolicy on create, provider PR #630). Only an explicit disabled = true on the add-on (positive6) leaves policies unenforced, and that is reported.',
    'SRM-GCP-SQL-001|sql_db_instance_is_publicly_accessible|*':
        'Covered elsewhere: these instances have a public IP (ipv4_enabled true by default) but no world-open authorized network; SRM-GCP-SQL-002 reports the public IP, this policy the 0.0.0.0/0 authorized network.',
    'SRM-GCP-STORAGE-003|cloud_storage_anonymous_or_publicly_accessible|*:5':
        'Theirs questionable: members = [] grants nothing to anyone.',
    'SRM-GCP-STORAGE-003|cloud_storage_bucket_is_publicly_accessible|*:17':
        'Theirs questionable: google_storage_bucket_iam_member takes `member`, not a `members` list; the resource is not valid.',
    'SRM-GCP-VPC-001|rdp_access_is_not_restricted|*:25':
        "Ours misses it: the rule opens UDP 21-3390 to ::/0, which includes RDP's UDP transport on 3389; the policy counts TCP only (the Azure policy counts UDP for RDP). Owner to align.",
    'SRM-K8S-POD-010|cpu_limits_not_set|*positive.yaml:*':
        'Not covered: the unflagged containers are in a Knative Configuration, a kind outside those this policy reads.',
    'SRM-K8S-POD-011|non_kube_system_pod_with_host_mount|*:185':
        'Not covered: a Knative Revision, a kind outside those this policy reads.',
    'SRM-K8S-POD-013|cluster_allows_unsafe_sysctls|*:24':
        'Not covered: a PodSecurityPolicy (allowedUnsafeSysctls); that API was removed in Kubernetes 1.25.',
    'SRM-K8S-RBAC-005|permissive_access_to_create_pods|*positive1.yaml:*':
        'Covered elsewhere or theirs: resources or verbs "*" are SRM-K8S-RBAC-001\'s wildcard finding, and "c*e" / "p*ds" are literal strings in RBAC (no partial wildcards), so they grant nothing.',
    'SRM-K8S-SA-001|service_account_token_automount_not_disabled|*positive1.yaml:54':
        'Not covered: a Knative Configuration, a kind outside those this policy reads.',
    'SRM-K8S-SA-001|service_account_token_automount_not_disabled|*positive2.yaml:5':
        "Covered elsewhere: a ServiceAccount with automountServiceAccountToken: true is SRM-K8S-SA-002's finding; this policy reads pod specs.",
    'SRM-K8S-APISERVER-003|profiling_not_set_to_false|*negative5.yaml':
        "Ours right: kube-scheduler without --profiling and without a --config file runs with the default, profiling on (CIS 1.4.1); KICS does not flag the scheduler's missing flag.",
    'SRM-AWS-KMS-002|kms_key_with_full_permissions|*positive3.tf':
        'Different topic: a key without a policy gets the default key policy (the account root has kms:*, delegated to IAM policies), which AWS recommends; nothing is granted to a public or foreign principal, which is what this policy reports.',
    'SRM-AWS-S3-003|s3_bucket_without_ignore_public_acl|*negative1.tf':
        "Not a disagreement: ignore_public_acls is true (this KICS query's point) but restrict_public_buckets is not set (false), which SRM-AWS-S3-003 (all four settings) reports.",
    'SRM-AWS-CLOUDTRAIL-001|CKV_AWS_67|*test_success (*':
        "Not a disagreement: the trail is multi-region (CKV_AWS_67's point) but sets include_global_service_events = false, so IAM/STS/CloudFront events are not recorded; this policy reports that too, as KICS cloudtrail_multi_region_disabled does.",
    'SRM-AWS-CLOUDFRONT-002|cloudfront_without_minimum_protocol_tls_1.2|*positive1.tf':
        'Theirs questionable: the distribution has no viewer_certificate block, which aws_cloudfront_distribution requires; the resource is not valid.',
    'SRM-AWS-CLOUDFRONT-002|cloudfront_without_minimum_protocol_tls_1.2|*negative.tf':
        'Deliberate (stricter): TLSv1.2_2018 and TLSv1.2_2019 still accept CBC cipher suites without forward secrecy; AWS recommends TLSv1.2_2021 or later, which the policy asks for.',
    'SRM-AWS-CLOUDFRONT-002|CKV_AWS_174|aws_cloudfront_distribution.pass*':
        'Deliberate (stricter): TLSv1.2_2018 and TLSv1.2_2019 still accept CBC cipher suites without forward secrecy; AWS recommends TLSv1.2_2021 or later, which the policy asks for.',
    # ---- 2026-12-08: policies added in 3d8b6b1 and 59d20b7, peers KICS (DataDog fork d91e366 + Checkmarx files) and Checkov 03d5fda
    '*|*|*/positive_module.tf':
        'Not covered: the file only calls a public registry module (terraform-aws-modules/...); srm-lint does not download remote modules and checks resources only. (The DataDog fork lists its expected lines without a file name, so the script cannot mark it as a module call itself.)',
    'SRM-AWS-S3-004|s3_bucket_without_versioning|*/positive1.tf':
        'Not comparable: positive1.tf (DataDog fork) only calls the local module ../../../../../../modules/aws-simple-bucket, which lies outside the query folder; linted alone, the bucket it creates is not there to check.',
    'SRM-AWS-DOCDB-001|docdb_logging_disabled|*/positive4.tf':
        'Deliberate: the cluster exports the audit log, which is what this policy asks; KICS also wants the profiler log (slow-operation timings, a performance record, not a security one).',
    'SRM-AWS-MQ-002|mq_broker_logging_disabled|*/positive.tf:8':
        'Theirs questionable: positive2 has no engine_type, a required argument of aws_mq_broker; its general log is on, and the policy asks for the audit log only on ActiveMQ brokers (RabbitMQ has none), so nothing is reported for it.',
    'SRM-AWS-MQ-002|CKV_AWS_48|aws_mq_broker.enabled':
        "Not a disagreement: the general log is on (CKV_AWS_48's point) but this ActiveMQ broker does not publish its audit log, which this policy also reports (Checkov has it as CKV_AWS_197).",
    'SRM-GCP-COMPUTE-006|shielded_vm_disabled|*/positive.tf':
        'Theirs questionable: positive.tf (DataDog fork) declares data "google_compute_instance" sources, which read existing instances and take no shielded_instance_config; there is no resource to configure.',
    'SRM-GCP-DNS-001|cloud_dns_without_dnssec|*/positive2.tf':
        'Defensible: visibility = length(var.vpc_id) == 0 ? "public" : "private" depends on an undeclared variable; private zones cannot use DNSSEC, so the policy does not judge a zone whose visibility is unknown.',
    'SRM-GCP-LOGGING-001|CKV2_GCP_5|google_project.project_good_2':
        'Theirs invalid: two google_project_iam_audit_config resources are both named project_good_audit_2, which Terraform rejects; srm-lint keeps the first (for project_good_1) and reports project_good_2, whose audit config is the dropped duplicate.',
    'SRM-GCP-GKE-010|error|*':
        'Theirs invalid: negative.tf defines google_container_cluster.negative1 twice, which Terraform rejects; srm-lint lints the first definition and reports the second as an error.',
    'SRM-AWS-EC2-010|error|*':
        'Theirs invalid: main.tf defines random_id.id twice, which Terraform rejects; srm-lint lints the first definition and reports the second as an error.',
    'SRM-AWS-KMS-001|error|*':
        'Theirs invalid: main.tf defines aws_kms_key.unknown2 twice, which Terraform rejects; srm-lint lints the first definition and reports the second as an error.',
    'SRM-AWS-S3-007|error|*':
        'Theirs invalid: main.tf defines aws_s3_bucket_policy.fail_w_condition twice, which Terraform rejects; srm-lint lints the first definition and reports the second as an error.',
    'SRM-GCP-KMS-002|error|*':
        'Theirs invalid: main.tf defines google_kms_crypto_key_iam_binding.crypto_key three times, which Terraform rejects; srm-lint lints the first definition and reports the others as errors.',
    'SRM-GCP-LOGGING-001|error|*':
        'Theirs invalid: main.tf defines google_project_iam_audit_config.project_good_audit_2 twice, which Terraform rejects; srm-lint lints the first definition and reports the second as an error.',
    'SRM-AWS-COGNITO-001|cognito_userpool_without_mfa|*positive.tf:32':
        'Theirs questionable: mfa_configuration = "ON" without sms_configuration or software_token_mfa_configuration, which the provider requires for ON (a pool with MFA required needs a factor); MFA is asked for, which is what the policy checks.',
    'SRM-AWS-ECS-008|CKV_AWS_335|aws_ecs_task_definition.fail':
        'Theirs questionable: pidMode = "host" is written inside a container definition, where it is not a field (it is the task-level pid_mode); ECS ignores it and the task keeps its own process namespace.',
    'SRM-AWS-ECS-009|CKV_AWS_332|aws_ecs_service.fail':
        'Deliberate: platform_version = "1.4.0" is the current Linux Fargate platform version (what LATEST resolves to); Checkov fails every pinned version, the policy only versions older than 1.4.0.',
    'SRM-AWS-ECS-010|ecs_task_definition_volume_not_encrypted|*/positive3.tf':
        'Theirs questionable: the volume has no efs_volume_configuration (a bind mount on the container instance), so there is no EFS traffic to encrypt; KICS flags any volume without one.',
    'SRM-AWS-EFS-002|CKV_AWS_330|aws_efs_access_point.pass':
        'Deliberate (stricter): posix_user with uid = 0 makes every client root on the file system, the access an enforced identity should prevent; Checkov accepts any posix_user.',
    'SRM-AWS-EMR-001|CKV_AWS_349|aws_emr_security_configuration.pass':
        "Not a disagreement: at-rest and local-disk encryption are on (CKV_AWS_349's point) but EnableInTransitEncryption is false, which this policy also reports (CKV_AWS_351).",
    'SRM-AWS-EMR-001|CKV_AWS_350|aws_emr_security_configuration.pass':
        "Not a disagreement: EBS encryption is on (CKV_AWS_350's point) but EnableInTransitEncryption is false, which this policy also reports (CKV_AWS_351).",
    'SRM-AWS-EMR-002|CKV_AWS_390|aws_emr_block_public_access_configuration.pass':
        'Deliberate (stricter): block public access is on (Checkov\'s point), but the exception 100-101 lets clusters open those ports to the internet; the policy accepts only the default SSH exception (22).',
    'SRM-AWS-GLUE-001|glue_security_configuration_encryption_disabled|*/positive1.tf':
        'Different topic: every mode requests encryption (cloudwatch SSE-KMS, bookmarks CSE-KMS, S3 SSE-KMS); KICS also wants a kms_key_arn on the CloudWatch block, i.e. which key, not whether data is encrypted, which is what the policy reports.',
    'SRM-AWS-GLUE-002|glue_data_catalog_encryption_disabled|*/positive1.tf':
        'Not this policy: the file returns connection passwords in clear (return_connection_password_encrypted = false), which SRM-AWS-GLUE-003 reports; the catalog itself is encrypted (SSE-KMS).',
    'SRM-AWS-GLUE-002|glue_data_catalog_encryption_disabled|*/positive2.tf':
        'Not this policy: the catalog is encrypted (SSE-KMS with a key); KICS flags the connection password block for its missing aws_kms_key_id, the topic of SRM-AWS-GLUE-003.',
    'SRM-AWS-GLUE-002|glue_data_catalog_encryption_disabled|*/positive4.tf':
        'Deliberate: catalog_encryption_mode = "SSE-KMS" without sse_aws_kms_key_id encrypts the catalog with the AWS managed key aws/glue; the catalog is encrypted, KICS and Checkov also want a customer key.',
    'SRM-AWS-GLUE-003|glue_data_catalog_encryption_disabled|*/positive2.tf':
        'Different topic: return_connection_password_encrypted = true (this policy\'s point); KICS and Checkov also want aws_kms_key_id, i.e. which key encrypts, not whether passwords are returned in clear.',
    'SRM-AWS-GLUE-003|glue_data_catalog_encryption_disabled|*/positive3.tf':
        'Not this policy: catalog_encryption_mode = "DISABLED" leaves the catalog unencrypted, which SRM-AWS-GLUE-002 reports; connection passwords are encrypted here.',
    'SRM-AWS-GLUE-003|glue_data_catalog_encryption_disabled|*/positive4.tf':
        'Not this policy: the file is about the catalog key (SSE-KMS without sse_aws_kms_key_id), the topic of SRM-AWS-GLUE-002; connection passwords are encrypted here.',
    'SRM-AWS-KINESIS-001|kinesis_not_encrypted_with_kms|*positive.tf:41':
        'Theirs questionable: encryption_type = "KMS" without kms_key_id; the Kinesis API (StartStreamEncryption) requires a key id (at least alias/aws/kinesis), so the stream cannot be encrypted as written. Encryption is requested, which is what the policy checks.',
    'SRM-AWS-KINESIS-002|kinesis_sse_not_configured|*positive.tf:34,42':
        'Theirs questionable: positive4 sets key_type = "AWS_OWN", not a valid value (AWS_OWNED_CMK or CUSTOMER_MANAGED_CMK), and positive5 sets CUSTOMER_MANAGED_CMK without the key_arn the provider then requires; both streams have encryption enabled.',
    'SRM-AWS-MSK-001|msk_cluster_encryption_disabled|*positive.tf:1':
        'Theirs relies on a wrong default: without encryption_info MSK encrypts at rest (AWS managed key) and in transit (client_broker TLS, in_cluster true).',
    'SRM-AWS-MSK-001|CKV_AWS_81|*::test_failure (*':
        'Theirs relies on a wrong default: without encryption_info MSK encrypts at rest (AWS managed key) and in transit (client_broker TLS, in_cluster true).',
    'SRM-AWS-MSK-003|CKV_AWS_80|*::test_success_mixed (*':
        'Theirs questionable: the dictionary gives three broker_logs blocks, one per destination; aws_msk_cluster allows a single broker_logs block, so written as HCL the configuration is invalid (the third block enables nothing).',
    'SRM-AWS-REDSHIFT-007|CKV_AWS_343|aws_redshift_cluster.pass2':
        'Deliberate (stricter): with the default retention of 1 day automated snapshots are on (Checkov\'s point); the policy asks for at least 7 days, as Security Hub Redshift.3 does.',
    'SRM-AWS-ROUTE53-001|cloudwatch_logging_disabled|*positive.tf:10':
        'Same finding, other resource: the aws_route53_query_log has no zone_id (a required argument); srm-lint reports the zone aws_route53_zone.log_group_mismatch, which no query log refers to.',
    'SRM-AWS-ROUTE53-002|CKV2_AWS_38|aws_route53_zone.private_with_zone_association':
        'Theirs questionable: the zone is created without a vpc block, which makes it a public zone; aws_route53_zone_association (AssociateVPCWithHostedZone) works on private zones only, so it cannot make this zone private.',
    'SRM-AWS-ROUTE53-002|CKV2_AWS_38|aws_route53_zone.pass_signing_key':
        'Ours right: a key signing key alone does not sign the zone; signing starts only with aws_route53_hosted_zone_dnssec (EnableHostedZoneDNSSEC), which this zone lacks. Checkov passes any connected key signing key.',
    'SRM-AWS-SAGEMAKER-001|CKV_AWS_122|*::test_success2 (*':
        'Theirs relies on a wrong default: direct_internet_access defaults to "Enabled" in the SageMaker API and the provider; Checkov fails only an explicit "Enabled".',
    'SRM-AWS-SQS-002|sqs_policy_with_public_access|*/positive.tf':
        'Deliberate: every statement allows "*" only from the source range 192.168.143.0/24 (Condition aws:SourceIp); the policy reports a "*" without a Condition, KICS any "*".',
    'SRM-AWS-SQS-002|sqs_queue_exposed|*/positive1.tf':
        'Deliberate: the "*" grant is limited by Condition ArnEquals aws:SourceArn to one SNS topic, the pattern AWS documents for SNS-to-SQS subscriptions; KICS flags any "*".',
    'SRM-AWS-SQS-002|CKV_AWS_168|aws_sqs_queue*.*q3':
        'Theirs questionable: "arn:aws:iam::*:role/sqs" puts a wildcard in the account of a principal ARN, which IAM does not allow (a principal is "*" or a full ARN).',
    'SRM-AWS-SSM-002|CKV2_AWS_34|aws_ssm_parameter.aws_ssm_parameter_not_ok':
        'Deliberate: the parameter is named "sample"; not every parameter is a secret (configuration values, AMI ids), so the policy asks for SecureString where the name says credential. Checkov wants it for every parameter.',
    'SRM-AWS-WAF-003|CKV2_AWS_29|aws_api_gateway_stage.no_api':
        'Theirs questionable: the stage refers to aws_api_gateway_rest_api.no_api, which the configuration does not define (Terraform rejects the reference); without the API the stage is judged as public, and it has no web ACL.',
    'SRM-AWS-WAF-004|CKV_AWS_175|aws_wafv2_web_acl.fail2':
        'Theirs questionable: `rule {}` lacks the required name, priority, statement and visibility_config; the provider rejects it.',
    'SRM-AZURE-ACR-003|CKV_AZURE_138|azurerm_container_registry.ckv_unittest_pass_[56]':
        'Theirs questionable: sku is a required argument of azurerm_container_registry (pass_5 omits it, pass_6 sets sku = []); the registry cannot be created, and srm-lint reports the explicit anonymous_pull_enabled = true.',
    'SRM-AZURE-COSMOSDB-001|CKV_AZURE_99|*::test_failure_public_access_with_ip_range (*':
        'Theirs questionable: ip_range_filter = ["192.0.0.1"] limits the public endpoint to one address; Checkov counts the IP firewall only when is_virtual_network_filter_enabled is also true.',
    'SRM-AZURE-REDIS-002|CKV_AZURE_148|azurerm_redis_cache.fail2':
        'Theirs relies on an old default: minimum_tls_version defaults to "1.2" in azurerm 3.x and 4.x; the policy reports only explicit 1.0/1.1.',
    'SRM-GCP-GKE-013|cos_node_image_not_used|*/positive.tf':
        'Deliberate: a Windows node pool (WINDOWS_LTSC) cannot run Container-Optimized OS, and Windows workloads need Windows nodes; the policy does not judge them. KICS flags every image not starting with COS.',
    'SRM-GCP-GKE-013|cos_node_image_not_used|*/negative.tf':
        'Ours right: image_type = "COS" is the Docker-based COS image, unsupported since GKE 1.24 (node pools must use COS_CONTAINERD); KICS accepts any image name starting with COS.',
    'SRM-GCP-GKE-014|gke_using_default_service_account|*/positive1.tf':
        'Deliberate: the cluster removes its default node pool (remove_default_node_pool = true), the only pool its node_config describes, so no node runs with it; node pools are judged on their own node_config.',
    'SRM-GCP-GKE-014|gke_using_default_service_account|*/positive2.tf':
        'Theirs questionable: google_service_account.default is a service account this configuration creates (only its Terraform name is "default"), not the Compute Engine default account; and the default pool is removed anyway.',
    'SRM-K8S-APISERVER-015|CKV_K8S_96|*ApiServer-FAILED-2.yaml':
        'Theirs relies on the default being false: --service-account-lookup is not set, and it defaults to true (CIS 1.2.21 accepts the absent flag); Checkov wants it written out.',
    'SRM-K8S-CONTROLLERMANAGER-002|terminated_pod_garbage_collector_threshold_not_properly_set|*/positive2.yaml':
        'Theirs questionable: --terminated-pod-gc-threshold=12501 is a positive bound, so terminated pods are still collected; KICS accepts only values below 12501, an arbitrary cut-off one above the default.',
    'SRM-K8S-CONTROLLERMANAGER-002|CKV_K8S_106|Pod.kube-system.kube-controller-manager-missing':
        'Deliberate (documented): the flag is not set and its default, 12500, keeps a bound; CIS 1.3.1 and Checkov want the threshold written out.',
    'SRM-K8S-CONTROLLERMANAGER-003|bind_address_not_properly_set|*/positive[34].yaml':
        'Covered elsewhere: the container runs kube-scheduler, which SRM-K8S-SCHEDULER-001 judges; this KICS query covers both binaries.',
    'SRM-K8S-SCHEDULER-001|bind_address_not_properly_set|*/positive[12].yaml':
        'Covered elsewhere: the container runs kube-controller-manager, which SRM-K8S-CONTROLLERMANAGER-003 judges; this KICS query covers both binaries.',
    'SRM-K8S-KUBELET-004|kubelet_protect_kernel_defaults_set_to_false|*/negative2.yaml':
        'Deliberate: the kubelet runs without --protect-kernel-defaults and without a --config file, so the default (false) applies; KICS flags the missing field in a KubeletConfiguration (its positive4) but not the missing flag.',
    'SRM-K8S-RBAC-009|CKV_K8S_156|ClusterRole.test.test-should-fail-2':
        'Covered elsewhere: resources ["*"] and verbs ["*"] include certificatesigningrequests/approval; SRM-K8S-RBAC-001 (wildcards) reports this rule, RBAC-009 matches the named resources.',
    'SRM-K8S-WORKLOAD-002|deployment_without_pod_disruption_budget|*/negative.yaml':
        "Theirs questionable: the Deployment's selector (app: nginx32) does not match its pod template labels (app: nginx), which the API server rejects; the PodDisruptionBudget selects app: nginx32, so it would cover none of the template's pods.",
}

# What became of KICS query folders that our metadata still names (from the KICS history).
KICS_RENAMED = {
    "s3_bucket_with_ignore_public_acl": "renamed upstream in 2021 to s3_bucket_without_ignore_public_acl",
    "kms_key_with_vulnerable_policy": "renamed upstream in 2023 to kms_key_with_full_permissions",
    "default_service_account_in_use": "the Kubernetes query was removed upstream in 2022 as redundant "
                                      "(service_account_token_automount_not_disabled covers it)",
}

KICS_PROVIDER_DIR = {"aws": "aws", "azure": "azure", "google": "gcp", "kubernetes": "kubernetes"}


# ----------------------------------------------------------------------------- helpers
def run(cmd: list[str], env: dict[str, str] | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)


def git_head(path: Path) -> str:
    try:
        out = run(["git", "-C", str(path), "log", "-1", "--format=%H %cs"])
        return out.stdout.strip() if out.returncode == 0 else "unknown (not a git checkout)"
    except Exception:  # noqa: BLE001
        return "unknown"


def strip_index(addr: str) -> str:
    """aws_instance.x["a"] -> aws_instance.x ; module.m["a"].aws_x.y[0] -> module.m.aws_x.y"""
    return re.sub(r"\[[^\]]*\]", "", addr)


def strip_module(addr: str) -> str:
    """module.a.module.b.aws_x.y -> aws_x.y"""
    parts = addr.split(".")
    while len(parts) > 2 and parts[0] == "module":
        parts = parts[2:]
    return ".".join(parts)


_REL_CACHE: dict[str, dict[str, set[str]]] = {}


def references(target: str) -> dict[str, set[str]]:
    """address -> addresses it refers to, for the resources of the .tf files under target."""
    if target in _REL_CACHE:
        return _REL_CACHE[target]
    bodies: dict[str, str] = {}
    base = Path(target)
    files = [base] if base.is_file() else sorted(base.rglob("*.tf"))
    for f in files:
        try:
            text = f.read_text(errors="replace")
        except OSError:
            continue
        lines = text.splitlines()
        for typ, name, a, b in tf_blocks(text):
            if typ.startswith("module"):
                continue
            addr = f"data.{typ[5:]}.{name}" if typ.startswith("data:") else f"{typ}.{name}"
            bodies[addr] = "\n".join(lines[a - 1:b])
    refs: dict[str, set[str]] = {}
    for addr, body in bodies.items():
        refs[addr] = {other for other in bodies if other != addr and re.search(r"\b" + re.escape(other) + r"\b", body)}
    _REL_CACHE[target] = refs
    return refs


def related(target: str, a: str, b: str) -> bool:
    """True when one of the two resources refers to the other (e.g. an aws_s3_bucket_acl and its bucket)."""
    refs = references(target)
    a, b = strip_module(strip_index(a)), strip_module(strip_index(b))
    return b in refs.get(a, set()) or a in refs.get(b, set())


def pct(n: int, d: int) -> str:
    return "n/a" if d == 0 else f"{100.0 * n / d:.1f}%"


def md_escape(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


# ---------------------------------------------------------------- crude block locator
TF_BLOCK_RE = re.compile(r'^\s*(resource|data)\s+"([^"]+)"\s+"([^"]+)"\s*\{|^\s*(module)\s+"([^"]+)"\s*\{')


def tf_blocks(text: str) -> list[tuple[str, str, int, int]]:
    """(type, name, start_line, end_line) of top-level resource/data blocks (1-based)."""
    blocks = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = TF_BLOCK_RE.match(lines[i])
        if not m:
            i += 1
            continue
        depth, j, in_str, heredoc = 0, i, False, None
        end = len(lines)
        while j < len(lines):
            line = lines[j]
            if heredoc:
                if line.strip() == heredoc:
                    heredoc = None
                j += 1
                continue
            k = 0
            while k < len(line):
                c = line[k]
                if in_str:
                    if c == "\\":
                        k += 1
                    elif c == '"':
                        in_str = False
                elif c == '"':
                    in_str = True
                elif c == "#" or line.startswith("//", k):
                    break
                elif c == "{":
                    depth += 1
                elif c == "}":
                    depth -= 1
                    if depth == 0:
                        end = j + 1
                        break
                elif line.startswith("<<", k):
                    hm = re.match(r"<<-?\s*([A-Za-z_][A-Za-z0-9_]*)", line[k:])
                    if hm:
                        heredoc = hm.group(1)
                        break
                k += 1
            if depth == 0 and j >= i and end == j + 1:
                break
            j += 1
        if m.group(4):
            src = re.search(r'^\s*source\s*=\s*"([^"]*)"', "\n".join(lines[i:end]), re.M)
            local = bool(src) and src.group(1).startswith(("./", "../"))
            blocks.append(("module" if local else "module:remote", m.group(5), i + 1, end))
        else:
            blocks.append((m.group(1) + ":" + m.group(2) if m.group(1) == "data" else m.group(2), m.group(3), i + 1, end))
        i = max(i + 1, end)
    return blocks


def yaml_docs(text: str) -> list[tuple[str, str, int, int]]:
    """(kind, name, start_line, end_line) of the documents of a YAML stream."""
    docs = []
    lines = text.splitlines()
    start = 1
    kind, name = "", ""
    in_meta = False

    def flush(end: int) -> None:
        if kind:
            docs.append((kind, name, start, end))

    for idx, line in enumerate(lines, 1):
        if line.startswith("---"):
            flush(idx - 1)
            start, kind, name, in_meta = idx, "", "", False
            continue
        m = re.match(r"^kind:\s*['\"]?([A-Za-z0-9]+)", line)
        if m:
            kind = m.group(1)
        if re.match(r"^metadata:\s*$", line):
            in_meta = True
            continue
        if in_meta:
            m = re.match(r"^\s{1,4}name:\s*['\"]?([^'\"#\s]+)", line)
            if m and not name:
                name = m.group(1)
            if line and not line[0].isspace():
                in_meta = False
    flush(len(lines))
    return docs


def blocks_of(path: Path) -> list[tuple[str, str, int, int]]:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return []
    if path.suffix == ".tf":
        return tf_blocks(text)
    if path.suffix in (".yaml", ".yml"):
        return yaml_docs(text)
    return []


def block_at(blocks, line: int):
    for b in blocks:
        if b[2] <= line <= b[3]:
            return b
    return None


# ---------------------------------------------------------------------- linting core
@dataclasses.dataclass
class LintResult:
    findings: list[dict]
    errors: list[dict]
    fatal: str | None = None


def policy_load_problem(res: "LintResult") -> bool:
    texts = [res.fatal or ""] + [str(e.get("message", "")) for e in res.errors if not e.get("line")]
    return any("invalid policy" in t or "policy" in t and "parse" in t for t in texts if t)


class Linter:
    def __init__(self, binary: str, policies_dir: str, jobs: int):
        self.binary = binary
        self.env = dict(os.environ, SRM_LINT_BUILTIN_DIR=policies_dir)
        self.env.pop("NO_COLOR", None)
        self.jobs = jobs

    def policies(self) -> list[dict]:
        out = run([self.binary, "policies", "--format", "json"], env=self.env)
        if out.returncode != 0:
            sys.exit(f"srm-lint policies failed: {out.stderr.strip()}")
        return json.loads(out.stdout)["policies"]

    def lint(self, target: str, policy_ids: list[str]) -> LintResult:
        """Lint once; retry a few times when the policy set itself did not load (a policy file being
        rewritten by someone else at that moment), since that says nothing about the peer file."""
        res = self._lint(target, policy_ids)
        for delay in (2, 5, 10):
            if not policy_load_problem(res):
                break
            time.sleep(delay)
            res = self._lint(target, policy_ids)
        return res

    def _lint(self, target: str, policy_ids: list[str]) -> LintResult:
        cmd = [self.binary, "--no-config", "--format", "json", "--color", "never"]
        for p in sorted(policy_ids):
            cmd += ["--policy", p]
        cmd.append(target)
        try:
            out = run(cmd, env=self.env)
        except subprocess.TimeoutExpired:
            return LintResult([], [], "timeout")
        try:
            data = json.loads(out.stdout)
        except json.JSONDecodeError:
            msg = (out.stderr.strip() or out.stdout.strip() or f"exit {out.returncode}").splitlines()
            return LintResult([], [], msg[-1] if msg else "no output")
        return LintResult(data.get("findings", []), data.get("errors", []))

    def lint_many(self, jobs: dict[str, set[str]]) -> dict[str, dict[str, LintResult]]:
        """jobs: target -> policy ids. Returns target -> policy id -> result.

        A run that fails as a whole (e.g. one policy does not load) is retried one
        policy at a time so that one broken policy does not hide the others."""
        results: dict[str, dict[str, LintResult]] = {}

        def one(target: str, pids: set[str]):
            res = self.lint(target, list(pids))
            per: dict[str, LintResult] = {}
            if res.fatal and len(pids) > 1:
                for p in pids:
                    per.update(one(target, {p}))
                return per
            for p in pids:
                per[p] = LintResult([f for f in res.findings if f.get("policy_id") == p], res.errors, res.fatal)
            return per

        with cf.ThreadPoolExecutor(max_workers=self.jobs) as ex:
            futs = {ex.submit(one, t, p): t for t, p in jobs.items()}
            for fut in cf.as_completed(futs):
                results[futs[fut]] = fut.result()
        return results


# ------------------------------------------------------------------------------ KICS
@dataclasses.dataclass
class KicsQuery:
    name: str
    path: Path
    source: str  # which --kics root
    positives: list[Path]
    negatives: list[Path]
    expected: dict[str, list[int]]  # positive file name -> lines
    unassigned_lines: int = 0
    scope: set[str] = dataclasses.field(default_factory=set)  # resource types/kinds flagged by KICS
    problem: str | None = None


def kics_roots(dirs: list[str]) -> list[Path]:
    roots = []
    for d in dirs:
        p = Path(d)
        for cand in (p / "assets" / "queries", p / "queries", p):
            if (cand / "terraform").is_dir() or (cand / "k8s").is_dir():
                roots.append(cand)
                break
        else:
            roots.append(p / "assets" / "queries")
    return roots


def kics_all_names(roots: list[Path]) -> set[str]:
    names = set()
    for r in roots:
        for sub in list((r / "terraform").glob("*/*")) + list((r / "k8s").glob("*")):
            if sub.is_dir():
                names.add(sub.name)
    return names


def find_kics_query(roots: list[Path], name: str, fmt: str, provider: str) -> tuple[Path | None, str | None]:
    """Returns (query dir, problem)."""
    for r in roots:
        if fmt == "kubernetes":
            cands = [r / "k8s" / name]
        else:
            prov = KICS_PROVIDER_DIR.get(provider, provider)
            cands = [r / "terraform" / prov / name]
        for c in cands:
            if (c / "test").is_dir():
                return c, None
    # exists elsewhere (other provider / platform)?
    elsewhere = []
    for r in roots:
        elsewhere += [str(p.relative_to(r)) for p in r.glob(f"*/{name}") if p.is_dir()]
        elsewhere += [str(p.relative_to(r)) for p in r.glob(f"*/*/{name}") if p.is_dir()]
    if elsewhere:
        return None, "not a query for this input; exists only as " + ", ".join(sorted(set(elsewhere)))
    return None, "no such KICS query folder"


def load_kics_query(qdir: Path, source: str, fmt: str) -> KicsQuery:
    test = qdir / "test"
    exts = (".tf",) if fmt == "terraform" else (".yaml", ".yml")
    pos, neg = [], []
    for p in sorted(test.iterdir()):
        low = p.name.lower()
        if p.is_dir() or p.suffix in exts:
            if low.startswith("positive"):
                pos.append(p)
            elif low.startswith("negative"):
                neg.append(p)
    q = KicsQuery(qdir.name, qdir, source, pos, neg, {})
    ej = test / "positive_expected_result.json"
    if ej.exists():
        try:
            data = json.loads(ej.read_text())
        except json.JSONDecodeError as e:
            q.problem = f"positive_expected_result.json unreadable: {e}"
            data = []
        names = {p.name for p in pos}
        for ent in data:
            ent = {k.lower(): v for k, v in ent.items()}
            line = ent.get("line")
            fname = ent.get("filename")
            if not isinstance(line, int):
                continue
            if fname:
                fname = Path(fname).name if Path(fname).name in names else fname.split("/")[0]
            elif len(pos) == 1:
                fname = pos[0].name
            if fname in names:
                q.expected.setdefault(fname, []).append(line)
            else:
                q.unassigned_lines += 1
    # scope: types/kinds of the blocks at the expected lines
    for p in pos:
        if p.is_file():
            bl = blocks_of(p)
            for line in q.expected.get(p.name, []):
                b = block_at(bl, line)
                if b:
                    q.scope.add(b[0])
    return q


# --------------------------------------------------------------------------- Checkov
ID_RE = re.compile(r"""(?:\bid|check_id)\s*[:=]\s*["']?((?:CKV2?|CKV3)_[A-Z0-9]+_\d+)\b""")


@dataclasses.dataclass
class CkvCheck:
    cid: str
    framework: str  # terraform | kubernetes
    kind: str  # resource | graph
    name: str
    path: Path


@dataclasses.dataclass
class CkvCase:
    """One expectation: `expect` is 'fail' or 'pass'; `target` what is linted."""
    cid: str
    target: str  # key into lint jobs
    label: str  # shown in reports (address or file)
    expect: str
    match: str  # 'address' or 'file'
    address: str = ""
    file: str = ""
    unit: bool = False  # synthesised from a unit test
    origin: str = ""  # peer test file


def yaml_lists(text: str) -> dict[str, list[str]]:
    """Tiny parser for Checkov's expected.yaml: top-level keys with '- item' lists."""
    out: dict[str, list[str]] = {}
    key = None
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.match(r"^([A-Za-z_]+):\s*(\[\s*\])?\s*$", line)
        if m:
            key = m.group(1)
            out[key] = []
            continue
        m = re.match(r"^\s*-\s*(.+?)\s*$", line)
        if m and key:
            v = m.group(1)
            if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
                v = v[1:-1]
            out[key].append(v)
    return out


class Checkov:
    def __init__(self, root: Path):
        self.root = root
        self.index: dict[str, list[CkvCheck]] = defaultdict(list)
        for fw in ("terraform", "kubernetes"):
            base = root / "checkov" / fw / "checks"
            for f in base.rglob("*"):
                if f.suffix not in (".py", ".yaml", ".yml") or not f.is_file():
                    continue
                text = f.read_text(errors="replace")
                for m in set(ID_RE.findall(text)):
                    kind = "graph" if "graph_checks" in f.parts else "resource"
                    self.index[m].append(CkvCheck(m, fw, kind, f.stem, f))
        # test files per check module (by import)
        self.tests_by_module: dict[str, list[Path]] = defaultdict(list)
        for tdir in (root / "tests" / "terraform" / "checks" / "resource", root / "tests" / "terraform" / "checks" / "data",
                     root / "tests" / "kubernetes" / "checks"):
            for t in tdir.rglob("test_*.py"):
                text = t.read_text(errors="replace")
                for m in re.finditer(r"from\s+(checkov\.(?:terraform|kubernetes)\.checks\.[\w.]+)\s+import\s+\w+", text):
                    self.tests_by_module[m.group(1)].append(t)
        self.graph_dirs: dict[tuple[str, str], Path] = {}
        for fw in ("terraform", "kubernetes"):
            gt = root / "tests" / fw / "graph" / "checks"
            res = gt / "resources"
            tp = gt / "test_yaml_policies.py"
            mapping = {}
            if tp.exists():
                for m in re.finditer(r"self\.go\(\s*[\"']([^\"']+)[\"']\s*(?:,\s*[\"']([^\"']+)[\"'])?", tp.read_text()):
                    mapping[m.group(2) or m.group(1)] = m.group(1)
            if res.is_dir():
                for d in res.iterdir():
                    if d.is_dir():
                        self.graph_dirs[(fw, d.name)] = d
                for check_name, dir_name in mapping.items():
                    if (res / dir_name).is_dir():
                        self.graph_dirs[(fw, check_name)] = res / dir_name

    def module_of(self, chk: CkvCheck) -> str:
        rel = chk.path.relative_to(self.root).with_suffix("")
        return ".".join(rel.parts)

    def supported_resources(self, chk: CkvCheck) -> list[str]:
        text = chk.path.read_text(errors="replace")
        m = re.search(r"supported_resources\s*=\s*(\[[^\]]*\]|\([^)]*\))", text)
        if not m:
            return []
        try:
            v = ast.literal_eval(m.group(1))
            return [x for x in v if isinstance(x, str)]
        except (ValueError, SyntaxError):
            return []


def _const_str(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _example_dir_in(func: ast.AST, base: Path) -> str | None:
    """The folder (next to the test file) that a test method runs Checkov on."""
    for n in ast.walk(func):
        s = _const_str(n)
        if s and re.fullmatch(r"/?[A-Za-z0-9_\-]+(/[A-Za-z0-9_\-]+)*/?", s) and re.search(r"[A-Za-z]", s):
            cand = s.strip("/")
            if (base / cand).is_dir():
                return cand
    return None


def _str_set(node) -> list[str] | None:
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        vals = [_const_str(e) for e in node.elts]
        if all(v is not None for v in vals):
            return vals  # type: ignore[return-value]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("set", "list") and node.args:
        return _str_set(node.args[0])
    return None


PASS_NAMES = re.compile(r"^(expected_)?pass(ing|ed)?_resources$")
FAIL_NAMES = re.compile(r"^(expected_)?fail(ing|ed)?_resources$")


def _check_result(node) -> str | None:
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "CheckResult":
        return node.attr
    return None


def hcl_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        m = re.fullmatch(r"\$\{([^{}]*)\}", v)
        if m:
            return m.group(1)
        return json.dumps(v)
    if isinstance(v, list):
        return "[" + ", ".join(hcl_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{json.dumps(str(k))} = {hcl_value(x)}" for k, x in v.items()) + " }"
    return json.dumps(str(v))


def _is_block(d) -> bool:
    """hcl2 wraps every attribute value of a block in a list; a map attribute (tags...) has bare values."""
    return isinstance(d, dict) and (not d or any(isinstance(x, list) for x in d.values()))


def hcl_body(conf: dict, indent: int = 1) -> str:
    pad = "  " * indent
    out = []
    for k, v in conf.items():
        if k.startswith("__"):
            continue
        if isinstance(v, list) and v and all(_is_block(x) for x in v):
            for x in v:
                out.append(f"{pad}{k} {{")
                out.append(hcl_body(x, indent + 1))
                out.append(f"{pad}}}")
        elif isinstance(v, list) and len(v) == 1:
            out.append(f"{pad}{k} = {hcl_value(v[0])}")
        else:
            out.append(f"{pad}{k} = {hcl_value(v)}")
    return "\n".join(x for x in out if x)


def unit_cases_from_test(test: Path, supported: list[str]) -> tuple[list[tuple[str, str, str, str]], int]:
    """(method, hcl text, address, expected result) for each unit test method; and the
    number of methods that could not be converted."""
    try:
        tree = ast.parse(test.read_text(errors="replace"))
    except SyntaxError:
        return [], 0
    cases, skipped = [], 0
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef) or not fn.name.startswith("test"):
            continue
        if _example_dir_in(fn, test.parent):
            continue
        results = []
        strings: dict[str, str] = {}
        hcl_text = None
        conf = None
        addr_type = addr_name = None
        for n in ast.walk(fn):
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
                s = _const_str(n.value)
                if s is not None:
                    strings[n.targets[0].id] = s
                if isinstance(n.value, ast.Dict):
                    try:
                        conf = ast.literal_eval(n.value)
                    except (ValueError, SyntaxError):
                        pass
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "loads" \
                    and isinstance(n.func.value, ast.Name) and n.func.value.id == "hcl2" and n.args:
                a = n.args[0]
                hcl_text = _const_str(a) if _const_str(a) is not None else (strings.get(a.id) if isinstance(a, ast.Name) else None)
            if isinstance(n, ast.Subscript):
                chain = []
                cur = n
                while isinstance(cur, ast.Subscript):
                    sl = cur.slice
                    chain.append(sl.value if isinstance(sl, ast.Constant) else None)
                    cur = cur.value
                chain.reverse()
                if len(chain) >= 4 and chain[0] == "resource" and isinstance(chain[2], str) and isinstance(chain[3], str):
                    addr_type, addr_name = chain[2], chain[3]
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "assertEqual":
                for a in n.args:
                    r = _check_result(a)
                    if r:
                        results.append(r)
        if len(results) != 1:
            skipped += 1 if results else 0
            continue
        expected = results[0]
        if hcl_text is not None and addr_type and addr_name:
            cases.append((fn.name, hcl_text, f"{addr_type}.{addr_name}", expected))
        elif hcl_text is None and isinstance(conf, dict) and conf:
            rtype = None
            body = conf
            if len(conf) == 1 and next(iter(conf)) in supported and isinstance(next(iter(conf.values())), dict):
                rtype = next(iter(conf))
                inner = conf[rtype]
                if len(inner) == 1 and isinstance(next(iter(inner.values())), dict):
                    name = next(iter(inner))
                    body = inner[name]
                    cases.append((fn.name, f'resource "{rtype}" "{name}" {{\n{hcl_body(body)}\n}}\n', f"{rtype}.{name}", expected))
                    continue
            if not supported:
                skipped += 1
                continue
            rtype = supported[0]
            name = re.sub(r"\W", "_", fn.name)
            cases.append((fn.name, f'resource "{rtype}" "{name}" {{\n{hcl_body(body)}\n}}\n', f"{rtype}.{name}", expected))
        else:
            skipped += 1
    return cases, skipped


# ------------------------------------------------------------------------------ model
@dataclasses.dataclass
class PolicyStats:
    pid: str
    provider: str
    fmt: str
    areas: list[str]
    kics_ids: list[str]
    ckv_ids: list[str]
    # KICS
    k_pos: int = 0
    k_pos_hit: int = 0
    k_pos_err: int = 0
    k_pos_oos: int = 0  # positive files whose flagged resources are all of types this policy does not cover
    k_pos_module: int = 0  # positive files where KICS flags only the inputs of a registry module call
    k_pos_module_hit: int = 0
    k_lines: int = 0
    k_lines_hit: int = 0
    k_lines_res: int = 0
    k_neg: int = 0
    k_neg_fp: int = 0  # negative files with an in-scope finding
    k_neg_fp_findings: int = 0
    k_neg_oos: int = 0  # out-of-scope findings on negative files
    k_neg_err: int = 0
    # Checkov
    c_fail: int = 0
    c_fail_hit: int = 0
    c_pass: int = 0
    c_pass_fp: int = 0
    c_oos: int = 0
    c_err: int = 0
    c_case_oos: int = 0  # expected results on resource types/kinds this policy does not cover
    types: list[str] = dataclasses.field(default_factory=list)
    cu_fail: int = 0
    cu_fail_hit: int = 0
    cu_pass: int = 0
    cu_pass_fp: int = 0
    notes: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Disagreement:
    pid: str
    peer: str  # kics query or checkov id
    tool: str  # KICS | Checkov
    kind: str  # miss | false positive | error | line
    case: str  # file or address
    detail: str

    def key(self) -> str:
        return f"{self.pid}|{self.peer}|{self.case}"

    def verdict(self) -> str:
        """Class of the judgement, from its first words."""
        j = self.judgement().lower()
        if j.startswith("not reviewed"):
            return "not reviewed"
        if j.startswith(("ours wrong", "ours misses", "partly ours wrong", "ours too strict")):
            return "ours wrong"
        if j.startswith(("theirs", "fixture")):
            return "peer test questionable"
        if j.startswith("not comparable"):
            return "not comparable (registry module)"
        if j.startswith(("not a disagreement", "not this policy", "different scope", "covered elsewhere",
                         "not covered", "out of this policy")):
            return "scope or mapping"
        return "deliberate difference"

    def judgement(self) -> str:
        k = self.key()
        if k in JUDGEMENTS:
            return JUDGEMENTS[k]
        for pat, txt in JUDGEMENTS.items():
            if fnmatch.fnmatchcase(k, pat):
                return txt
        if "registry module call" in self.detail:
            return ("Not comparable: KICS knows the inputs of this public registry module; srm-lint does not "
                    "download remote modules and checks the resources of the configuration only.")
        return "not reviewed yet"


# ------------------------------------------------------------------------------ main
def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--srm-lint", required=True, help="path of the srm-lint binary")
    ap.add_argument("--kics", required=True, action="append",
                    help="KICS checkout (repeatable: the first that has a query folder wins)")
    ap.add_argument("--checkov", required=True, help="Checkov checkout")
    ap.add_argument("--policies", default=str(Path(__file__).resolve().parent.parent / "policies"),
                    help="policy folder read by srm-lint (SRM_LINT_BUILTIN_DIR)")
    ap.add_argument("--out", default=None, help="write the Markdown report here")
    ap.add_argument("--json", default=None, help="also write the raw results as JSON")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--policy", action="append", default=[], help="only these policy ids (repeatable)")
    ap.add_argument("--keep-temp", action="store_true")
    ap.add_argument("--note", default="", help="Markdown paragraph on where the peer checkouts came from")
    args = ap.parse_args()

    linter = Linter(args.srm_lint, args.policies, args.jobs)
    catalogue = linter.policies()
    all_policies = len(catalogue)
    trivy_only = sum(1 for p in catalogue if (p.get("peers") or {}).get("trivy")
                     and not (p.get("peers") or {}).get("kics") and not (p.get("peers") or {}).get("checkov"))
    policies = [p for p in catalogue if (p.get("peers") or {}).get("kics") or (p.get("peers") or {}).get("checkov")]
    if args.policy:
        policies = [p for p in policies if p["id"] in args.policy]

    kroots = kics_roots(args.kics)
    known_kics = kics_all_names(kroots)
    ckv = Checkov(Path(args.checkov))

    tmp = Path(tempfile.mkdtemp(prefix="srm-peers-"))
    jobs: dict[str, set[str]] = defaultdict(set)
    metadata: list[tuple[str, str, str, str]] = []  # policy, tool, id, problem
    stats: dict[str, PolicyStats] = {}
    kics_plan: list[tuple[str, KicsQuery, Path, str, str]] = []  # pid, query, peer file, role, target
    ckv_plan: list[tuple[str, CkvCase]] = []
    no_tests: list[tuple[str, str, str]] = []
    count_only: list[tuple] = []
    unit_skipped: dict[str, int] = defaultdict(int)
    kics_sources: dict[str, int] = defaultdict(int)
    counter = 0

    def stage_file(src: Path) -> str:
        nonlocal counter
        counter += 1
        d = tmp / f"k{counter:05d}"
        d.mkdir()
        if src.is_dir():
            shutil.copytree(src, d / src.name)
            return str(d / src.name)
        shutil.copy2(src, d / src.name)
        return str(d)

    staged: dict[Path, str] = {}
    kq_cache: dict[Path, KicsQuery] = {}

    for p in policies:
        pid = p["id"]
        peers = p.get("peers") or {}
        fmt = p["input"]["format"]
        st = stats[pid] = PolicyStats(pid, p.get("provider", ""), fmt, p.get("areas", []),
                                      list(peers.get("kics", [])), list(peers.get("checkov", [])))
        st.types = list((p.get("input") or {}).get("types") or [])
        # ---- KICS
        for q in st.kics_ids:
            qdir, problem = find_kics_query(kroots, q, fmt, st.provider)
            if not qdir:
                close = difflib.get_close_matches(q, sorted(known_kics), n=2, cutoff=0.75)
                hint = f" (did you mean {', '.join(close)}?)" if close else ""
                if q in KICS_RENAMED:
                    hint = f": {KICS_RENAMED[q]}"
                metadata.append((pid, "kics", q, problem + hint))
                continue
            src = next(str(r) for r in kroots if str(qdir).startswith(str(r)))
            if qdir not in kq_cache:
                kq_cache[qdir] = load_kics_query(qdir, src, fmt)
                kics_sources[src] += 1
            kq = kq_cache[qdir]
            if kq.problem:
                metadata.append((pid, "kics", q, kq.problem))
            if not kq.positives:
                metadata.append((pid, "kics", q, "query has no positive test file for this input"))
            for role, files in (("positive", kq.positives), ("negative", kq.negatives)):
                for f in files:
                    if f not in staged:
                        staged[f] = stage_file(f)
                    jobs[staged[f]].add(pid)
                    kics_plan.append((pid, kq, f, role, staged[f]))
        # ---- Checkov
        for cid in st.ckv_ids:
            checks = [c for c in ckv.index.get(cid, []) if c.framework == fmt]
            if not checks:
                other = sorted({c.framework for c in ckv.index.get(cid, [])})
                metadata.append((pid, "checkov", cid,
                                 "no such Checkov check" if not other else
                                 f"not a {fmt} check (exists for {', '.join(other)})"))
                continue
            found_any = False
            for chk in checks:
                if chk.kind == "graph":
                    gdir = ckv.graph_dirs.get((chk.framework, chk.name))
                    if not gdir or not (gdir / "expected.yaml").exists():
                        continue
                    exp = yaml_lists((gdir / "expected.yaml").read_text())
                    target = str(gdir)
                    jobs[target].add(pid)
                    origin = str(gdir.relative_to(ckv.root))
                    for e, key in (("fail", "fail"), ("pass", "pass")):
                        for a in exp.get(key, []):
                            ckv_plan.append((pid, CkvCase(cid, target, a, e, "address", address=a, origin=origin)))
                            found_any = True
                    continue
                module = ckv.module_of(chk)
                for test in ckv.tests_by_module.get(module, []):
                    try:
                        tree = ast.parse(test.read_text(errors="replace"))
                    except SyntaxError:
                        continue
                    for fn in ast.walk(tree):
                        if not isinstance(fn, ast.FunctionDef) or not fn.name.startswith("test"):
                            continue
                        ex = _example_dir_in(fn, test.parent)
                        if not ex:
                            continue
                        exdir = test.parent / ex
                        if not exdir.is_dir():
                            continue
                        passing = failing = None
                        for n in ast.walk(fn):
                            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
                                nm = n.targets[0].id
                                if PASS_NAMES.match(nm):
                                    passing = _str_set(n.value)
                                elif FAIL_NAMES.match(nm):
                                    failing = _str_set(n.value)
                        target = str(exdir)
                        origin = str(test.relative_to(ckv.root)) + "::" + fn.name
                        if passing is not None or failing is not None:
                            jobs[target].add(pid)
                            for a in failing or []:
                                ckv_plan.append((pid, CkvCase(cid, target, a, "fail", "address", address=a, origin=origin)))
                            for a in passing or []:
                                ckv_plan.append((pid, CkvCase(cid, target, a, "pass", "address", address=a, origin=origin)))
                            found_any = True
                        elif fmt == "terraform":
                            counts = {}
                            for n in ast.walk(fn):
                                if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "assertEqual" \
                                        and len(n.args) == 2 and isinstance(n.args[0], ast.Subscript) \
                                        and isinstance(n.args[1], ast.Constant) and isinstance(n.args[1].value, int):
                                    k = n.args[0].slice
                                    if isinstance(k, ast.Constant) and k.value in ("passed", "failed"):
                                        counts[k.value] = n.args[1].value
                            if counts:
                                count_only.append((pid, cid, target, counts, ckv.supported_resources(chk),
                                                   str(test.relative_to(ckv.root))))
                                jobs[target].add(pid)
                        elif fmt == "kubernetes" and ex.lower() != f"example_{chk.name}".lower():
                            # a folder shared with other checks: its file names speak for those checks
                            counts = {}
                            for n in ast.walk(fn):
                                if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "assertEqual" \
                                        and len(n.args) == 2 and isinstance(n.args[0], ast.Subscript) \
                                        and isinstance(n.args[1], ast.Constant) and isinstance(n.args[1].value, int):
                                    k = n.args[0].slice
                                    if isinstance(k, ast.Constant) and k.value in ("passed", "failed"):
                                        counts[k.value] = n.args[1].value
                            if counts:
                                count_only.append((pid, cid, target, counts, [], str(test.relative_to(ckv.root))))
                                jobs[target].add(pid)
                        elif fmt == "kubernetes":
                            # count-only test: judge per file by its name
                            jobs[target].add(pid)
                            for f in sorted(exdir.iterdir()):
                                if f.suffix not in (".yaml", ".yml", ".json"):
                                    continue
                                low = f.name.lower()
                                e = "fail" if "fail" in low else "pass" if "pass" in low else None
                                if e:
                                    ckv_plan.append((pid, CkvCase(cid, target, f"{ex}/{f.name}", e, "file",
                                                                  file=str(f), origin=origin)))
                                    found_any = True
                    if fmt == "terraform":
                        cases, skipped = unit_cases_from_test(test, ckv.supported_resources(chk))
                        unit_skipped[cid] += skipped
                        for (mname, text, addr, expected) in cases:
                            counter += 1
                            d = tmp / f"u{counter:05d}"
                            d.mkdir()
                            (d / "main.tf").write_text(text)
                            jobs[str(d)].add(pid)
                            e = {"FAILED": "fail", "PASSED": "pass"}.get(expected, "unknown")
                            label = f"{test.name}::{mname} ({addr})"
                            ckv_plan.append((pid, CkvCase(cid, str(d), label, e, "address", address=addr, unit=True,
                                                          origin=str(test.relative_to(ckv.root)) + "::" + mname)))
                            found_any = True
            if not found_any and not any(c[0] == pid and c[1] == cid for c in count_only):
                no_tests.append((pid, cid, "no example folder or convertible unit test"))

    print(f"linting {len(jobs)} targets for {len(policies)} policies ...", file=sys.stderr)
    results = linter.lint_many(jobs)

    disagreements: list[Disagreement] = []
    errors: list[tuple[str, str, str, str]] = []  # pid, tool, case, message
    line_mismatch: list[tuple[str, str, str, list[int], list[int]]] = []

    # ---- evaluate KICS
    for pid, kq, f, role, target in kics_plan:
        st = stats[pid]
        res = results[target][pid]
        rel = f"{kq.name}/{f.name}"
        if res.fatal:
            errors.append((pid, "KICS", rel, f"srm-lint failed: {res.fatal}"))
            if role == "positive":
                st.k_pos += 1
                st.k_pos_err += 1
            else:
                st.k_neg += 1
                st.k_neg_err += 1
            continue
        if res.errors:
            msg = "; ".join(f"line {e.get('line')}: {e.get('message')}" for e in res.errors[:2])
            errors.append((pid, "KICS", rel, msg))
        if role == "positive":
            exp = kq.expected.get(f.name, [])
            if st.types and exp and f.is_file() and not res.findings:
                bl = blocks_of(f)
                kinds = {b[0] for b in (block_at(bl, ln) for ln in exp) if b}
                if kinds and not kinds & set(st.types) and "module:remote" not in kinds:
                    st.k_pos_oos += 1
                    continue
            st.k_pos += 1
            if res.errors and not res.findings:
                st.k_pos_err += 1
                continue
            module_only = False
            if exp and f.is_file():
                bl = blocks_of(f)
                kinds = {b[0] for b in (block_at(bl, ln) for ln in exp) if b}
                if kinds == {"module:remote"}:
                    module_only = True
                    st.k_pos_module += 1
                    st.k_pos_module_hit += bool(res.findings)
            st.k_lines += len(exp)
            if res.findings:
                st.k_pos_hit += 1
            else:
                disagreements.append(Disagreement(pid, kq.name, "KICS", "miss", rel,
                                                  f"expected line(s) {', '.join(map(str, sorted(exp))) or '?'}; no finding"
                                                  + ("; KICS flags an input of a registry module call" if module_only else "")))
            ours = sorted({int(x.get("start_line") or 0) for x in res.findings})
            bl = blocks_of(f) if f.is_file() else []
            flagged_blocks = {block_at(bl, ln) for ln in ours} - {None}
            spans = [(int(x.get("start_line") or 0), int(x.get("end_line") or x.get("start_line") or 0)) for x in res.findings]
            missed = []
            for ln in exp:
                if ln in ours:
                    st.k_lines_hit += 1
                    st.k_lines_res += 1
                else:
                    if block_at(bl, ln) in flagged_blocks or any(a <= ln <= b for a, b in spans):
                        st.k_lines_res += 1
                    missed.append(ln)
            if missed and res.findings:
                line_mismatch.append((pid, kq.name, f.name, sorted(exp), ours))
                unflagged = sorted({ln for ln in missed if not any(a <= ln <= b for a, b in spans)
                                    and (block_at(bl, ln) is None or block_at(bl, ln) not in flagged_blocks)})
                if unflagged and bl:
                    names = sorted({f"{b[0]}.{b[1]}" for b in (block_at(bl, ln) for ln in unflagged) if b})
                    disagreements.append(Disagreement(
                        pid, kq.name, "KICS", "missed resource", f"{rel}:{','.join(map(str, unflagged))}",
                        f"the file is detected, but {', '.join(names) or 'the block'} at line(s) "
                        f"{', '.join(map(str, unflagged))} carries no finding"))
        else:
            st.k_neg += 1
            if res.errors and not res.findings:
                st.k_neg_err += 1
                continue
            inscope = []
            bl = blocks_of(f) if f.is_file() else []
            for x in res.findings:
                rtype = (x.get("resource") or "").split("/")[0] if kq.path.parent.name == "k8s" \
                    else (x.get("resource") or "").split(".")[0]
                b = block_at(bl, int(x.get("start_line") or 0))
                if b and not rtype:
                    rtype = b[0]
                if kq.scope and rtype and rtype not in kq.scope:
                    st.k_neg_oos += 1
                else:
                    inscope.append(x)
            if inscope:
                st.k_neg_fp += 1
                st.k_neg_fp_findings += len(inscope)
                what = ", ".join(sorted({f"{x.get('resource')} (line {x.get('start_line')})" for x in inscope}))
                disagreements.append(Disagreement(pid, kq.name, "KICS", "false positive", rel, what))

    # ---- evaluate Checkov
    by_target: dict[tuple[str, str, str], list[CkvCase]] = defaultdict(list)
    for pid, case in ckv_plan:
        by_target[(pid, case.cid, case.target)].append(case)
    for (pid, cid, target), cases in by_target.items():
        st = stats[pid]
        res = results[target][pid]
        unit = cases[0].unit
        where = cases[0].origin.split("::")[0]
        if res.fatal or (res.errors and not res.findings):
            msg = res.fatal or "; ".join(f"{Path(e.get('file', '')).name} line {e.get('line')}: {e.get('message')}"
                                         for e in res.errors[:2])
            errors.append((pid, "Checkov", cases[0].origin if unit else str(Path(target).name), msg))
            st.c_err += 1
            continue
        if res.errors:
            msg = "; ".join(f"{Path(e.get('file', '')).name} line {e.get('line')}: {e.get('message')}" for e in res.errors[:2])
            errors.append((pid, "Checkov", Path(target).name, msg))
        used: set[int] = set()
        fails = [c for c in cases if c.expect == "fail"]
        passes = [c for c in cases if c.expect == "pass"]
        findings = res.findings

        def matches(c: CkvCase, x: dict) -> bool:
            if c.match == "file":
                return os.path.realpath(x.get("file", "")) == os.path.realpath(c.file)
            ours = x.get("resource") or ""
            theirs = c.address
            if st.fmt == "kubernetes":
                parts = theirs.split(".", 2)
                if len(parts) == 3:
                    kind, ns, name = parts
                    o = ours.split("/")
                    okind, oname = o[0], o[-1]
                    ons = o[1] if len(o) == 3 else "default"
                    if okind == kind and (oname == name or name.startswith(oname + ".")):
                        return ons == ns or len(o) == 2
                    if kind == "Pod" and name.startswith(oname + "."):
                        return True
                return False
            if ours == theirs or strip_index(ours) == strip_index(theirs):
                return True
            # a local module's folder is also linted on its own: compare without the module path
            if strip_module(strip_index(ours)) == strip_module(strip_index(theirs)) and theirs.startswith("module."):
                return True
            return False

        def matches_related(c: CkvCase, x: dict) -> bool:
            """A finding on a resource tied to the expected one (the ACL of an expected bucket...)."""
            if c.match != "address" or st.fmt != "terraform" or c.unit:
                return False
            return related(target, x.get("resource") or "", c.address)

        def covered(c: CkvCase) -> bool:
            if c.match != "address" or not st.types:
                return True
            if st.fmt == "kubernetes":
                return c.address.split(".")[0] in st.types
            parts = strip_index(c.address).split(".")
            while len(parts) > 2 and parts[0] == "module":
                parts = parts[2:]
            rtype = parts[-2] if len(parts) >= 2 else ""
            return rtype in st.types

        kept = []
        for c in cases:
            if c.expect in ("fail", "pass") and not covered(c) and \
                    not any(matches(c, x) or (c.expect == "fail" and matches_related(c, x)) for x in findings):
                st.c_case_oos += 1
            else:
                kept.append(c)
        fails = [c for c in kept if c.expect == "fail"]
        passes = [c for c in kept if c.expect == "pass"]

        for c in fails:
            hit = [i for i, x in enumerate(findings) if matches(c, x)]
            if not hit:
                hit = [i for i, x in enumerate(findings) if i not in used and matches_related(c, x)]
            used.update(hit)
            if unit:
                st.cu_fail += 1
                st.cu_fail_hit += bool(hit)
            else:
                st.c_fail += 1
                st.c_fail_hit += bool(hit)
            if not hit:
                disagreements.append(Disagreement(pid, cid, "Checkov", "miss", c.label,
                                                  f"{'unit test' if unit else 'expected failing'} in {where}; no finding"))
        for c in passes:
            hit = [i for i, x in enumerate(findings) if i not in used and matches(c, x)]
            used.update(hit)
            if unit:
                st.cu_pass += 1
                st.cu_pass_fp += bool(hit)
            else:
                st.c_pass += 1
                st.c_pass_fp += bool(hit)
            if hit:
                what = "; ".join(sorted({(findings[i].get('message') or '')[:160] for i in hit}))
                disagreements.append(Disagreement(pid, cid, "Checkov", "false positive", c.label,
                                                  f"{'unit test' if unit else 'expected passing'} in {where}: {what}"))
        st.c_oos += len([i for i in range(len(findings)) if i not in used])

    for pid, cid, target, counts, supported, origin in count_only:
        res = results[target][pid]
        flagged = sorted({x.get("resource") for x in res.findings
                          if not supported or (x.get("resource") or "").split(".")[0] in supported})
        exp_f = counts.get("failed", "?")
        note = (f"count-only test ({origin}): Checkov expects {exp_f} failed / {counts.get('passed', '?')} passed; "
                f"srm-lint flags {len(flagged)}" + (f" ({', '.join(flagged)})" if flagged else ""))
        if res.fatal or res.errors:
            note += f"; errors: {res.fatal or res.errors[0].get('message')}"
        no_tests.append((pid, cid, note))

    # ------------------------------------------------------------------ totals
    S = list(stats.values())

    def tot(attr: str, subset=None) -> int:
        return sum(getattr(s, attr) for s in (subset if subset is not None else S))

    def group_rows(key) -> list[tuple[str, list[PolicyStats]]]:
        g: dict[str, list[PolicyStats]] = defaultdict(list)
        for s in S:
            for k in key(s):
                g[k].append(s)
        return sorted(g.items())

    def figures(sub) -> dict[str, str]:
        kp, kh, ke = tot("k_pos", sub), tot("k_pos_hit", sub), tot("k_pos_err", sub)
        return {
            "policies": str(len(sub)),
            "kics_recall": f"{kh}/{kp - ke} ({pct(kh, kp - ke)})",
            "kics_lines": f"{tot('k_lines_hit', sub)}/{tot('k_lines', sub)} ({pct(tot('k_lines_hit', sub), tot('k_lines', sub))})",
            "kics_lines_res": pct(tot("k_lines_res", sub), tot("k_lines", sub)),
            "kics_fp": f"{tot('k_neg_fp', sub)}/{tot('k_neg', sub) - tot('k_neg_err', sub)} ({pct(tot('k_neg_fp', sub), tot('k_neg', sub) - tot('k_neg_err', sub))})",
            "kics_oos": str(tot("k_neg_oos", sub)),
            "ckv_recall": f"{tot('c_fail_hit', sub)}/{tot('c_fail', sub)} ({pct(tot('c_fail_hit', sub), tot('c_fail', sub))})",
            "ckv_fp": f"{tot('c_pass_fp', sub)}/{tot('c_pass', sub)} ({pct(tot('c_pass_fp', sub), tot('c_pass', sub))})",
            "ckvu_recall": f"{tot('cu_fail_hit', sub)}/{tot('cu_fail', sub)} ({pct(tot('cu_fail_hit', sub), tot('cu_fail', sub))})",
            "ckvu_fp": f"{tot('cu_pass_fp', sub)}/{tot('cu_pass', sub)} ({pct(tot('cu_pass_fp', sub), tot('cu_pass', sub))})",
            "ckv_oos": str(tot("c_oos", sub)),
            "kics_pos_oos": str(tot("k_pos_oos", sub)),
            "kics_module": f"{tot('k_pos_module_hit', sub)}/{tot('k_pos_module', sub)}",
            "kics_recall_nomod": f"{kh - tot('k_pos_module_hit', sub)}/{kp - ke - tot('k_pos_module', sub)} "
                                 f"({pct(kh - tot('k_pos_module_hit', sub), kp - ke - tot('k_pos_module', sub))})",
            "ckv_case_oos": str(tot("c_case_oos", sub)),
            "errors": str(tot("k_pos_err", sub) + tot("k_neg_err", sub) + tot("c_err", sub)),
        }

    T = figures(S)
    T["errors"] = str(len({tuple(e) for e in errors}))  # every rejected peer file, also where others parsed

    # After review: leave out the disagreements judged to be the peer's error, a deliberate
    # difference or another policy's scope; "ours wrong" and unreviewed cases stay in.
    judged_away = {"peer test questionable", "deliberate difference", "scope or mapping"}

    def away(tool: str, kind: str, unit: bool | None = None) -> int:
        return sum(1 for d in disagreements if d.tool == tool and d.kind == kind and d.verdict() in judged_away
                   and (unit is None or ("::" in d.case) == unit))

    kh_nomod = tot("k_pos_hit") - tot("k_pos_module_hit")
    kp_nomod = tot("k_pos") - tot("k_pos_err") - tot("k_pos_module") - away("KICS", "miss")
    T["kics_recall_reviewed"] = f"{kh_nomod}/{kp_nomod} ({pct(kh_nomod, kp_nomod)})"
    kfp = tot("k_neg_fp") - away("KICS", "false positive")
    kneg = tot("k_neg") - tot("k_neg_err")
    T["kics_fp_reviewed"] = f"{kfp}/{kneg} ({pct(kfp, kneg)})"
    cf = tot("c_fail") - away("Checkov", "miss", False)
    T["ckv_recall_reviewed"] = f"{tot('c_fail_hit')}/{cf} ({pct(tot('c_fail_hit'), cf)})"
    cfp = tot("c_pass_fp") - away("Checkov", "false positive", False)
    T["ckv_fp_reviewed"] = f"{cfp}/{tot('c_pass')} ({pct(cfp, tot('c_pass'))})"
    cuf = tot("cu_fail") - away("Checkov", "miss", True)
    T["ckvu_recall_reviewed"] = f"{tot('cu_fail_hit')}/{cuf} ({pct(tot('cu_fail_hit'), cuf)})"
    cufp = tot("cu_pass_fp") - away("Checkov", "false positive", True)
    T["ckvu_fp_reviewed"] = f"{cufp}/{tot('cu_pass')} ({pct(cufp, tot('cu_pass'))})"

    # ------------------------------------------------------------------ console
    def row(s: PolicyStats) -> list[str]:
        return [s.pid,
                f"{s.k_pos_hit}/{s.k_pos - s.k_pos_err}" if s.k_pos else "-",
                f"{s.k_lines_hit}/{s.k_lines}" if s.k_lines else "-",
                f"{s.k_neg_fp}/{s.k_neg - s.k_neg_err}" if s.k_neg else "-",
                str(s.k_neg_oos) if s.k_neg else "-",
                f"{s.c_fail_hit}/{s.c_fail}" if s.c_fail else "-",
                f"{s.c_pass_fp}/{s.c_pass}" if s.c_pass else "-",
                f"{s.cu_fail_hit}/{s.cu_fail}" if s.cu_fail else "-",
                f"{s.cu_pass_fp}/{s.cu_pass}" if s.cu_pass else "-",
                str(s.c_oos) if (s.c_fail or s.c_pass or s.cu_fail or s.cu_pass) else "-",
                str(s.k_pos_err + s.k_neg_err + s.c_err)]

    head = ["policy", "KICS det", "lines", "KICS FP", "oos", "CKV found", "CKV FP", "unit found", "unit FP", "oos", "err"]
    rows = [row(s) for s in sorted(S, key=lambda s: s.pid)]
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(head)]
    print("  ".join(h.ljust(w) for h, w in zip(head, widths)))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    print()
    print(f"KICS    recall {T['kics_recall']}, line agreement {T['kics_lines']} (same block {T['kics_lines_res']}), "
          f"FP negative files {T['kics_fp']}, out of scope {T['kics_oos']}")
    print(f"Checkov recall {T['ckv_recall']}, FP {T['ckv_fp']}; unit tests recall {T['ckvu_recall']}, FP {T['ckvu_fp']}; "
          f"out of scope {T['ckv_oos']}")
    print(f"errors {T['errors']}, metadata problems {len(metadata)}, disagreements {len(disagreements)}")
    print(f"after review: KICS recall {T['kics_recall_reviewed']}, FP {T['kics_fp_reviewed']}; Checkov recall "
          f"{T['ckv_recall_reviewed']}, FP {T['ckv_fp_reviewed']}; unit recall {T['ckvu_recall_reviewed']}, "
          f"FP {T['ckvu_fp_reviewed']}")

    # ------------------------------------------------------------------ markdown
    args.trivy_only = trivy_only
    if args.out:
        md = render_markdown(args, policies, all_policies, stats, T, figures, group_rows, disagreements, errors,
                             metadata, no_tests, line_mismatch, kroots, ckv, kics_sources, unit_skipped)
        # The secret detectors are validated by hand on other data (see the section
        # itself); that section is kept as it is across regenerations.
        marker = "\n## Secrets\n"
        previous = Path(args.out).read_text() if Path(args.out).exists() else ""
        if marker in previous:
            md = md.rstrip("\n") + "\n" + previous[previous.index(marker):]
        Path(args.out).write_text(md)
        print(f"wrote {args.out}", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps({
            "totals": T,
            "policies": [dataclasses.asdict(s) for s in S],
            "disagreements": [dataclasses.asdict(d) | {"key": d.key(), "judgement": d.judgement(), "verdict": d.verdict()} for d in disagreements],
            "errors": errors, "metadata": metadata, "no_tests": no_tests,
            "line_mismatch": line_mismatch,
        }, indent=1))
    if not args.keep_temp:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def render_markdown(args, policies, all_policies, stats, T, figures, group_rows, disagreements, errors, metadata,
                    no_tests, line_mismatch, kroots, ckv, kics_sources, unit_skipped) -> str:
    S = sorted(stats.values(), key=lambda s: s.pid)
    L: list[str] = []
    a = L.append
    a("# Validation of the built-in policies against peer test cases")
    a("")
    a("<!-- Generated by scripts/validate_peers.py; judgements are kept in that script (JUDGEMENTS). -->")
    a("")
    a("Each built-in policy whose METADATA names peer checks (`custom.peers`) is run, alone, on the public "
      "test fixtures of those checks in [KICS](https://github.com/Checkmarx/kics) and "
      "[Checkov](https://github.com/bridgecrewio/checkov), and what it reports is compared with what the peer "
      "expects. Trivy ids are listed in the metadata but not compared here.")
    a("")
    a("* **KICS**: every `positive*` file of the query's `test/` folder is linted on its own (a `.tf` file in a "
      "directory of its own, since all `.tf` files of a directory are one module). *Recall* is the share of "
      "positive files on which the policy reports at least one finding. *Line agreement* is the share of the "
      "lines listed in `positive_expected_result.json` on which the policy reports a finding that starts on the "
      "same line (KICS points at the offending attribute where there is one, or at the resource; srm-lint does the "
      "same, so most differences are about which of the two); *same block* counts an expected line as agreed when "
      "it lies inside a resource/document the policy flagged. A finding on a `negative*` file is a *false "
      "positive*, unless it is on a resource type (Terraform) or kind (Kubernetes) that the query never flags in "
      "its own positive files: that is counted as *out of scope*.")
    a("* **Checkov**: example folders are linted as a whole, as Checkov does. Every resource address the test "
      "expects to fail must carry a finding of the policy (an index suffix such as `[0]` or `[\"a\"]` on either "
      "side is accepted); a finding on an address the test expects to pass is a *false positive*; a finding on a "
      "resource the test does not mention is *out of scope*. Graph checks (`CKV2_*` and some `CKV_*`) use the "
      "`expected.yaml` of their test folder. Kubernetes tests that only count results are judged per file by "
      "their name (`…FAILED…`/`…PASSED…`). *Unit* cases come from Checkov unit tests that scan an inline HCL "
      "string or a configuration dictionary; they are converted to a one-resource `main.tf` (the dictionary form "
      "by a heuristic, for the first resource type the check supports), so they are reported apart.")
    a("* Peer checks are often broader or narrower than one srm-lint policy (one KICS query may cover several "
      "resource types that srm-lint splits over two policies). An expectation about a resource type or kind that "
      "is not among the policy's `input.types` is left out (and counted), unless the policy reports it anyway.")
    a("* Some KICS positive files contain no resource at all, only a call of a public registry module "
      "(`module \"s3_bucket\" { source = \"terraform-aws-modules/s3-bucket/aws\" ... }`): KICS knows the inputs of "
      "a few popular modules, srm-lint does not download remote modules and checks resources only. They stay in "
      "the recall and are also shown apart (*registry module*).")
    a("* Only `.tf` (Terraform) and `.yaml`/`.yml` (Kubernetes) KICS fixtures are used; its JSON plan and "
      "manifest variants are skipped.")
    a("* A peer file that srm-lint cannot parse counts as an error (not as a miss) and is listed; a peer id that "
      "names no existing KICS query or Checkov check is listed under *Metadata problems* for the policy owner.")
    a("")
    a("## How to rerun")
    a("")
    a("1. Build srm-lint: `cargo build` (the script runs `target/debug/srm-lint` with "
      "`SRM_LINT_BUILTIN_DIR` pointing at `policies/`, so the policies are read from disk and need no rebuild).")
    a("2. Clone the GitHub repositories `Checkmarx/kics` and `bridgecrewio/checkov` into a scratch folder outside "
      "this repository, e.g. `/tmp/peers/kics` and `/tmp/peers/checkov` (only `assets/queries` of KICS and "
      "`checkov/` and `tests/` of Checkov are read; a sparse checkout is enough). Nothing of them is copied into "
      "this repository.")
    a("3. Run:")
    a("")
    a("```sh")
    a("python3 scripts/validate_peers.py --srm-lint target/debug/srm-lint \\")
    a("    --kics /tmp/peers/kics --checkov /tmp/peers/checkov \\")
    a("    --policies policies --out policies/VALIDATION.md")
    a("```")
    a("")
    a("`--kics` can be given more than once (the first checkout that has a query folder wins); `--policy ID` "
      "limits the run; `--json FILE` also writes the raw results.")
    a("")
    a("### Peer versions used for this report")
    a("")
    for r in kroots:
        repo = r.parent.parent if r.name == "queries" and r.parent.name == "assets" else r
        a(f"* KICS `{repo}`: {git_head(repo)} ({kics_sources.get(str(r), 0)} query folders used)")
    a(f"* Checkov `{ckv.root}`: {git_head(ckv.root)}")
    if args.note:
        a("")
        a(args.note)
    a("")
    a("## Totals")
    a("")
    with_k = sum(1 for s in S if s.k_pos)
    with_c = sum(1 for s in S if s.c_fail or s.c_pass or s.cu_fail or s.cu_pass)
    a(f"{len(policies)} of {all_policies} policies name KICS or Checkov peers ({args.trivy_only} more name Trivy "
      f"only); {with_k} were compared with KICS test files and {with_c} with Checkov tests.")
    a("")
    a("| measure | value |")
    a("| --- | --- |")
    a(f"| KICS recall (positive files detected / positive files parsed) | {T['kics_recall']} |")
    a(f"| KICS recall without the positive files that only call a registry module | {T['kics_recall_nomod']} |")
    a(f"| KICS positive files that only call a registry module (detected / files) | {T['kics_module']} |")
    a(f"| KICS line agreement (expected lines with a finding on the same line) | {T['kics_lines']} |")
    a(f"| KICS expected lines inside a flagged block | {T['kics_lines_res']} |")
    a(f"| KICS false positives (negative files with an in-scope finding / negative files parsed) | {T['kics_fp']} |")
    a(f"| KICS findings on negative files out of the query's scope | {T['kics_oos']} |")
    a(f"| Checkov recall (expected failing resources found) | {T['ckv_recall']} |")
    a(f"| Checkov false positives (expected passing resources flagged) | {T['ckv_fp']} |")
    a(f"| Checkov unit cases: recall | {T['ckvu_recall']} |")
    a(f"| Checkov unit cases: false positives | {T['ckvu_fp']} |")
    a(f"| Checkov findings on resources the test does not mention (out of scope) | {T['ckv_oos']} |")
    a(f"| KICS positive files left out: they only flag resource types this policy does not cover | {T['kics_pos_oos']} |")
    a(f"| Checkov expectations left out: resource types/kinds this policy does not cover | {T['ckv_case_oos']} |")
    a(f"| peer files srm-lint could not parse (errors) | {T['errors']} |")
    a(f"| Checkov unit test methods that could not be converted (left out) | {sum(unit_skipped.values())} |")
    a("")
    a("After review: the same measures where the peer is right, i.e. leaving out the misses and false "
      "positives whose judgement (see *Disagreements*) is *peer test questionable*, *deliberate difference* or "
      "*scope or mapping*; cases judged *ours wrong* or not reviewed stay in.")
    a("")
    a("| measure after review | value |")
    a("| --- | --- |")
    a(f"| KICS recall (without registry-module files) | {T['kics_recall_reviewed']} |")
    a(f"| KICS false positives | {T['kics_fp_reviewed']} |")
    a(f"| Checkov recall | {T['ckv_recall_reviewed']} |")
    a(f"| Checkov false positives | {T['ckv_fp_reviewed']} |")
    a(f"| Checkov unit cases: recall | {T['ckvu_recall_reviewed']} |")
    a(f"| Checkov unit cases: false positives | {T['ckvu_fp_reviewed']} |")
    a("")
    for title, key in (("By provider", lambda s: [s.provider]), ("By area", lambda s: s.areas)):
        a(f"### {title}")
        a("")
        a("| | policies | KICS recall | KICS recall w/o registry modules | KICS lines | KICS FP | Checkov recall | "
          "Checkov FP | unit recall | unit FP |")
        a("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for name, sub in group_rows(key):
            f = figures(sub)
            a(f"| {name} | {f['policies']} | {f['kics_recall']} | {f['kics_recall_nomod']} | {f['kics_lines']} | {f['kics_fp']} | "
              f"{f['ckv_recall']} | {f['ckv_fp']} | {f['ckvu_recall']} | {f['ckvu_fp']} |")
        a("")
    a("## Per policy")
    a("")
    a("Columns: KICS positive files detected / parsed, expected lines agreed / expected, negative files with a "
      "false positive / parsed (out-of-scope findings); Checkov failing resources found / expected, passing "
      "resources flagged / expected, the same for unit cases, out-of-scope findings; errors.")
    a("")
    a("| policy | KICS queries | KICS det | lines | KICS FP (oos) | Checkov ids | CKV found | CKV FP | unit found | unit FP | CKV oos | err |")
    a("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for s in S:
        flag = ""
        kr = s.k_pos - s.k_pos_err
        krm = kr - s.k_pos_module
        if (krm and (s.k_pos_hit - s.k_pos_module_hit) / krm < 0.95) or (s.c_fail and s.c_fail_hit / s.c_fail < 0.95) \
                or s.k_neg_fp or s.c_pass_fp:
            flag = " ⚠"
        a("| " + " | ".join([
            f"{s.pid}{flag}",
            ", ".join(s.kics_ids) or "-",
            f"{s.k_pos_hit}/{kr}" if s.k_pos else "-",
            f"{s.k_lines_hit}/{s.k_lines}" if s.k_lines else "-",
            f"{s.k_neg_fp}/{s.k_neg - s.k_neg_err} ({s.k_neg_oos})" if s.k_neg else "-",
            ", ".join(s.ckv_ids) or "-",
            f"{s.c_fail_hit}/{s.c_fail}" if s.c_fail else "-",
            f"{s.c_pass_fp}/{s.c_pass}" if s.c_pass else "-",
            f"{s.cu_fail_hit}/{s.cu_fail}" if s.cu_fail else "-",
            f"{s.cu_pass_fp}/{s.cu_pass}" if s.cu_pass else "-",
            str(s.c_oos) if (s.c_fail or s.c_pass or s.cu_fail or s.cu_pass) else "-",
            str(s.k_pos_err + s.k_neg_err + s.c_err),
        ]) + " |")
    a("")
    a("⚠ = recall below 95 % against KICS (registry module files left out) or Checkov example tests, or a "
      "false positive; see *Disagreements* for the reason of each case.")
    a("")
    a("## Disagreements")
    a("")
    a("Every miss and false positive, with a judgement written after reading the peer's test and our policy. "
      "*Ours wrong* means the policy should change; otherwise the reason the peer's expectation is not taken "
      "over is given.")
    a("")
    verdicts: dict[str, int] = defaultdict(int)
    for d in disagreements:
        verdicts[d.verdict()] += 1
    a("| verdict after review | cases |")
    a("| --- | --- |")
    for v in ("ours wrong", "deliberate difference", "scope or mapping", "peer test questionable",
              "not comparable (registry module)", "not reviewed"):
        if verdicts.get(v):
            a(f"| {v} | {verdicts[v]} |")
    a("")
    modules = [d for d in disagreements if "registry module call" in d.detail]
    titles = {"miss": "misses", "false positive": "false positives",
              "missed resource": "resources missed inside detected files"}
    for tool, kind in (("KICS", "miss"), ("KICS", "missed resource"), ("KICS", "false positive"),
                       ("Checkov", "miss"), ("Checkov", "false positive")):
        ds = [d for d in disagreements if d.tool == tool and d.kind == kind and d not in modules]
        title = f"### {tool}: {titles[kind]} ({len(ds)})"
        a(title)
        a("")
        if not ds:
            a("None.")
            a("")
            continue
        a("| policy | peer | case | detail | judgement |")
        a("| --- | --- | --- | --- | --- |")
        for d in sorted(ds, key=lambda d: (d.pid, d.peer, d.case)):
            a(f"| {d.pid} | {md_escape(d.peer)} | `{md_escape(d.case)}` | {md_escape(d.detail)} | "
              f"{md_escape(d.judgement())} |")
        a("")
    a(f"### KICS: registry module calls ({len(modules)})")
    a("")
    a("Positive files whose only flagged lines are inputs of a public registry module call "
      "(`source = \"terraform-aws-modules/...\"`): KICS knows those modules' variables, srm-lint does not "
      "download remote modules. Not comparable; listed for completeness.")
    a("")
    if modules:
        by_pid: dict[str, list[str]] = defaultdict(list)
        for d in modules:
            by_pid[d.pid].append(f"`{d.case}`")
        for pid in sorted(by_pid):
            a(f"* {pid}: {', '.join(sorted(by_pid[pid]))}")
    else:
        a("None.")
    a("")
    a("### KICS: lines that differ")
    a("")
    a("Positive files that the policy detects, but where some expected line carries no finding of ours "
      "(usually KICS points at the resource and we at the attribute, or the other way round).")
    a("")
    if line_mismatch:
        a("| policy | file | KICS lines | our lines |")
        a("| --- | --- | --- | --- |")
        for pid, q, f, exp, ours in sorted(line_mismatch):
            a(f"| {pid} | `{q}/{f}` | {', '.join(map(str, exp))} | {', '.join(map(str, ours))} |")
    else:
        a("None.")
    a("")
    a("## Errors")
    a("")
    if errors:
        a("Peer files that srm-lint rejected (or a run that failed).")
        a("")
        a("| policy | tool | file | message | judgement |")
        a("| --- | --- | --- | --- | --- |")
        for pid, tool, case, msg in sorted(set(errors)):
            j = Disagreement(pid, "error", tool, "error", case, msg).judgement()
            a(f"| {pid} | {tool} | `{md_escape(case)}` | {md_escape(msg[:200])} | {md_escape(j)} |")
    else:
        a("None.")
    a("")
    a("## Metadata problems")
    a("")
    if metadata:
        a("Peer ids in `custom.peers` that name no usable peer check; the policy owner should fix or remove them.")
        a("")
        a("| policy | tool | id | problem |")
        a("| --- | --- | --- | --- |")
        for pid, tool, pidd, prob in sorted(metadata):
            a(f"| {pid} | {tool} | `{pidd}` | {md_escape(prob)} |")
    else:
        a("None.")
    a("")
    a("## Peer checks without usable tests")
    a("")
    if no_tests:
        a("These Checkov checks exist but their tests give no per-resource expectation: count-only tests are shown "
          "with our count for comparison; others have only tests that could not be converted).")
        a("")
        a("| policy | id | note |")
        a("| --- | --- | --- |")
        for pid, cid, note in sorted(no_tests):
            a(f"| {pid} | `{cid}` | {note} |")
    else:
        a("None.")
    a("")
    return "\n".join(L)


if __name__ == "__main__":
    sys.exit(main())
