# METADATA
# title: EMR cluster does not encrypt its data at rest and in transit
# description: >-
#   An EMR cluster keeps HDFS blocks, shuffle and spill files on instance store
#   and EBS volumes, and moves them between nodes and to S3 while jobs run. Only a
#   security configuration with `EnableAtRestEncryption` and
#   `EnableInTransitEncryption` encrypts local disks and node-to-node traffic; a
#   cluster launched without one, or with either switch false, leaves that data in
#   plaintext on disks and on the network. EMR encrypts nothing of this unless the
#   customer asks for it.
# custom:
#   id: SRM-AWS-EMR-001
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_emr_cluster, aws_emr_security_configuration]}
#   remediation: >-
#     Create an `aws_emr_security_configuration` whose `configuration` sets
#     `EncryptionConfiguration = { EnableAtRestEncryption = true,
#     EnableInTransitEncryption = true, AtRestEncryptionConfiguration = {...},
#     InTransitEncryptionConfiguration = {...} }` and launch clusters with
#     `security_configuration = aws_emr_security_configuration.this.name`.
#   frameworks: {nist-800-53: [SC-8, SC-28, SC-28(1)]}
#   peers: {checkov: [CKV_AWS_349, CKV_AWS_350, CKV_AWS_351, CKV2_AWS_55], trivy: [AVD-AWS-0137, AVD-AWS-0138]}
#   references:
#     - "https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-data-encryption-options.html"
#     - "https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-create-security-configuration.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/emr_security_configuration"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/emr_cluster#security_configuration"
package srm.aws.emr.encryption

import data.srm.lib.terraform as tf

switches := {
	"EnableAtRestEncryption": "at rest (local disks, EBS, EMRFS on S3)",
	"EnableInTransitEncryption": "in transit between nodes",
}

deny contains {
	"msg": sprintf("EMR cluster %s has no security_configuration, so its local disks and node-to-node traffic are not encrypted; launch it with a security configuration that enables at-rest and in-transit encryption", [r.address]),
	"resource": r.address,
	"path": ["security_configuration"],
} if {
	some r in tf.resources("aws_emr_cluster")
	object.get(r.values, "security_configuration", null) in {null, ""}
}

deny contains {
	"msg": sprintf("EMR security configuration %s has no EncryptionConfiguration, so clusters using it encrypt nothing at rest or in transit; add EncryptionConfiguration with EnableAtRestEncryption and EnableInTransitEncryption = true", [r.address]),
	"resource": r.address,
	"path": ["configuration"],
} if {
	some r in tf.resources("aws_emr_security_configuration")
	document := tf.json_document(r.values.configuration)
	not is_object(object.get(document, "EncryptionConfiguration", null))
}

deny contains {
	"msg": sprintf("EMR security configuration %s does not encrypt data %s: %s is %v; set it to true", [r.address, description, switch, value]),
	"resource": r.address,
	"path": switch_path(r, switch),
} if {
	some r in tf.resources("aws_emr_security_configuration")
	encryption := tf.json_document(r.values.configuration).EncryptionConfiguration
	some switch, description in switches
	value := object.get(encryption, switch, false)
	not tf.is_true(value)
	not tf.is_unresolved(value)
}

unknown contains {"resource": r.address, "path": ["configuration"]} if {
	some r in tf.resources("aws_emr_security_configuration")
	tf.is_unresolved(r.values.configuration)
}

unknown contains {"resource": r.address, "path": ["security_configuration"]} if {
	some r in tf.resources("aws_emr_cluster")
	tf.is_unresolved(r.values.security_configuration)
}

# Inside a jsonencode({...}) object the switch has its own path; a JSON string is one span.
switch_path(r, switch) := ["configuration", "EncryptionConfiguration", switch] if {
	is_object(r.values.configuration)
	switch in object.keys(r.values.configuration.EncryptionConfiguration)
} else := ["configuration"]
