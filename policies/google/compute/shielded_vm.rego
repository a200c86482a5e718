# METADATA
# title: VM instance does not use Shielded VM secure boot, vTPM and integrity monitoring
# description: >-
#   Shielded VM protects the guest against boot-level malware: Secure Boot only
#   runs signed boot loaders and kernel drivers, the virtual TPM provides measured
#   boot and sealed secrets, and integrity monitoring compares each boot with a
#   known-good baseline and reports rootkits and bootkits. Compute Engine turns on
#   vTPM and integrity monitoring for Shielded VM images but leaves Secure Boot off
#   unless `shielded_instance_config` enables it, and the configuration can turn
#   the other two off.
# custom:
#   id: SRM-GCP-COMPUTE-006
#   severity: medium
#   areas: [guest-os]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template, google_compute_instance_from_template]
#   remediation: >-
#     Boot from a Shielded VM image and turn all three protections on:
#     `shielded_instance_config { enable_secure_boot = true enable_vtpm = true
#     enable_integrity_monitoring = true }`; enforce
#     `constraints/compute.requireShieldedVm` organization-wide.
#   fix: {safety: unsafe, change: 'Sets the reported `shielded_instance_config` attribute to `true` (`enable_secure_boot` in a block created when missing); the VM must be stopped to apply it (a template is replaced), and Secure Boot refuses to boot unsigned kernels or drivers and images that do not support Shielded VM.'}
#   frameworks: {cis-gcp-2.0: ["4.8"], nist-800-53: [SI-7, SI-7(9), SC-39]}
#   references:
#     - "https://cloud.google.com/compute/shielded-vm/docs/shielded-vm"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#shielded_instance_config"
#   peers:
#     checkov: [CKV_GCP_39]
#     kics: [shielded_vm_disabled]
#     trivy: [AVD-GCP-0067, AVD-GCP-0041, AVD-GCP-0045]
package srm.google.compute.shielded_vm

import data.srm.lib.terraform as tf

instance_types := [
	"google_compute_instance",
	"google_compute_instance_template",
	"google_compute_region_instance_template",
	"google_compute_instance_from_template",
]

features := {
	"enable_secure_boot": "Secure Boot",
	"enable_vtpm": "the virtual TPM",
	"enable_integrity_monitoring": "integrity monitoring",
}

deny contains {
	"msg": sprintf("%s has no shielded_instance_config block: Secure Boot is off by default", [r.address]),
	"resource": r.address,
	"path": ["shielded_instance_config"],
	"fix": [{"set": ["shielded_instance_config", 0, "enable_secure_boot"], "value": true}],
} if {
	some r in instances
	r.type != "google_compute_instance_from_template"
	count(tf.blocks(r.values, "shielded_instance_config")) == 0
}

deny contains {
	"msg": sprintf("%s turns %s off (%s = false)", [r.address, features[attr], attr]),
	"resource": r.address,
	"path": ["shielded_instance_config", i, attr],
	"fix": [{"set": ["shielded_instance_config", i, attr], "value": true}],
} if {
	some r in instances
	some i, config in tf.blocks(r.values, "shielded_instance_config")
	some attr, _ in features
	tf.is_false(config[attr])
}

deny contains {
	"msg": sprintf("%s does not set enable_secure_boot in shielded_instance_config (it defaults to false)", [r.address]),
	"resource": r.address,
	"path": ["shielded_instance_config", i, "enable_secure_boot"],
	"fix": [{"set": ["shielded_instance_config", i, "enable_secure_boot"], "value": true}],
} if {
	some r in instances
	some i, config in tf.blocks(r.values, "shielded_instance_config")
	object.get(config, "enable_secure_boot", null) == null
}

instances contains r if {
	some type in instance_types
	some r in tf.resources(type)
}
