# METADATA
# title: Disk of confidential data is not encrypted with a customer-managed or customer-supplied key
# description: >-
#   Persistent disks are always encrypted with Google-managed keys, but for
#   disks and VMs classified confidential or restricted that leaves the key out of
#   the customer's control: nobody can revoke it, restrict who may use it or see
#   its use in Cloud Audit Logs. A Cloud KMS key (CMEK) or a customer-supplied key
#   (CSEK) lets the customer make the data unreadable at once and proves who
#   accessed it. Only resources labelled `data-classification = confidential` or
#   `restricted` are checked; disks attached by `source` are judged on their own resource.
# custom:
#   id: SRM-GCP-COMPUTE-008
#   severity: medium
#   areas: [data-security]
#   responsibility: shared
#   input:
#     format: terraform
#     types: [google_compute_disk, google_compute_region_disk, google_compute_instance, google_compute_instance_template, google_compute_region_instance_template]
#   remediation: >-
#     Encrypt with a Cloud KMS key: `disk_encryption_key { kms_key_self_link =
#     google_kms_crypto_key.disks.id }` on `google_compute_disk` and instance template
#     `disk` blocks, `boot_disk { kms_key_self_link = google_kms_crypto_key.disks.id }`
#     on `google_compute_instance`, and grant the Compute Engine service agent
#     `roles/cloudkms.cryptoKeyEncrypterDecrypter` on the key.
#   frameworks: {cis-gcp-2.0: ["4.7"], nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://cloud.google.com/compute/docs/disks/customer-managed-encryption"
#     - "https://cloud.google.com/compute/docs/disks/customer-supplied-encryption"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_disk#disk_encryption_key"
package srm.google.compute.disk_cmek

import data.srm.lib.terraform as tf

key_attrs := {"kms_key_self_link", "raw_key", "rsa_encrypted_key"}

# google_compute_disk / google_compute_region_disk.
deny contains {
	"msg": sprintf("%s holds %s data but has no disk_encryption_key: it is encrypted with Google-managed keys only", [r.address, class_text(r.values)]),
	"resource": r.address,
	"path": ["disk_encryption_key"],
} if {
	some type in ["google_compute_disk", "google_compute_region_disk"]
	some r in tf.resources(type)
	sensitive(r.values)
	count(tf.blocks(r.values, "disk_encryption_key")) == 0
}

deny contains {
	"msg": sprintf("%s holds %s data but its disk_encryption_key names no key (kms_key_self_link, raw_key or rsa_encrypted_key)", [r.address, class_text(r.values)]),
	"resource": r.address,
	"path": ["disk_encryption_key", i, "kms_key_self_link"],
} if {
	some type in ["google_compute_disk", "google_compute_region_disk"]
	some r in tf.resources(type)
	sensitive(r.values)
	some i, key in tf.blocks(r.values, "disk_encryption_key")
	not names_key(key, key_attrs)
}

# google_compute_instance: the boot disk it creates.
deny contains {
	"msg": sprintf("%s holds %s data but its boot disk sets no kms_key_self_link (nor a customer-supplied key): it is encrypted with Google-managed keys only", [r.address, class_text(r.values)]),
	"resource": r.address,
	"path": ["boot_disk", i, "kms_key_self_link"],
} if {
	some r in tf.resources("google_compute_instance")
	sensitive(r.values)
	some i, disk in tf.blocks(r.values, "boot_disk")
	object.get(disk, "source", null) == null
	not names_key(disk, {"kms_key_self_link", "disk_encryption_key_raw", "disk_encryption_key_rsa"})
}

# Instance templates: every disk the template creates.
deny contains {
	"msg": sprintf("%s holds %s data but its disk %d has no disk_encryption_key: it is encrypted with Google-managed keys only", [r.address, class_text(r.values), i]),
	"resource": r.address,
	"path": ["disk", i, "disk_encryption_key"],
} if {
	some type in ["google_compute_instance_template", "google_compute_region_instance_template"]
	some r in tf.resources(type)
	sensitive(r.values)
	some i, disk in tf.blocks(r.values, "disk")
	object.get(disk, "source", null) == null
	not names_key_block(disk)
}

names_key(block, attrs) if {
	some attr in attrs
	not object.get(block, attr, null) in {null, ""}
}

names_key_block(disk) if {
	some key in tf.blocks(disk, "disk_encryption_key")
	names_key(key, {"kms_key_self_link", "kms_key_service_account"})
}

# sensitive(values): classified confidential or restricted by its own labels, or,
# when it carries no classification label, by the google provider's default_labels.
sensitive(values) if tf.is_sensitive(values)

sensitive(values) if {
	not tf.has_classification(values)
	some labels in provider_default_labels
	tf.is_sensitive({"labels": labels})
}

provider_default_labels contains labels if {
	some provider in object.get(input, "providers", [])
	object.get(provider, "name", "") in {"google", "google-beta"}
	labels := object.get(provider, ["values", "default_labels"], {})
	is_object(labels)
}

class_text(values) := concat("/", sort(tf.classifications(values))) if tf.has_classification(values)

class_text(values) := "confidential or restricted (provider default_labels)" if not tf.has_classification(values)
