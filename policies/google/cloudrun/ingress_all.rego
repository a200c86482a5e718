# METADATA
# title: Cloud Run service accepts requests directly from the internet
# description: >-
#   With ingress `INGRESS_TRAFFIC_ALL`, the service's run.app URL can be called from
#   anywhere, bypassing the external load balancer and with it Cloud Armor, IAP,
#   the load balancer's TLS policy and its request logs. Cloud Run uses this
#   setting unless `ingress` restricts the service to internal traffic
#   (`INGRESS_TRAFFIC_INTERNAL_ONLY`) or to internal traffic and the load balancer
#   (`INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER`).
# custom:
#   id: SRM-GCP-CLOUDRUN-001
#   severity: low
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [google_cloud_run_v2_service]}
#   remediation: >-
#     Set `ingress = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"` and publish the service
#     through an external Application Load Balancer with a serverless NEG and a
#     Cloud Armor policy (or `INGRESS_TRAFFIC_INTERNAL_ONLY` for internal services).
#   frameworks: {nist-800-53: [SC-7, AC-4]}
#   references:
#     - "https://cloud.google.com/run/docs/securing/ingress"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloud_run_v2_service#ingress"
package srm.google.cloudrun.ingress_all

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cloud Run service %s sets ingress = %q: its run.app URL accepts requests from the whole internet, bypassing any load balancer and Cloud Armor", [r.address, r.values.ingress]),
	"resource": r.address,
	"path": ["ingress"],
} if {
	some r in tf.resources("google_cloud_run_v2_service")
	r.values.ingress == "INGRESS_TRAFFIC_ALL"
}

deny contains {
	"msg": sprintf("Cloud Run service %s does not set ingress (it defaults to INGRESS_TRAFFIC_ALL): its run.app URL accepts requests from the whole internet", [r.address]),
	"resource": r.address,
	"path": ["ingress"],
} if {
	some r in tf.resources("google_cloud_run_v2_service")
	object.get(r.values, "ingress", null) in {null, ""}
}

unknown contains {"resource": r.address, "path": ["ingress"]} if {
	some r in tf.resources("google_cloud_run_v2_service")
	tf.is_unresolved(r.values.ingress)
}
