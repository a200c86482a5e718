# METADATA
# title: EKS cluster API endpoint is reachable from the whole internet
# description: >-
#   The Kubernetes API server of an EKS cluster is public by default and, unless
#   public_access_cidrs says otherwise, accepts connections from 0.0.0.0/0. Anyone
#   can then probe it, brute-force or replay stolen tokens, and exploit API server
#   or authenticator vulnerabilities before any network control applies. AWS
#   authenticates the callers but leaves the network exposure to the customer:
#   turn the public endpoint off (private access from the VPC, a VPN or a bastion)
#   or restrict it to known address ranges.
# custom:
#   id: SRM-AWS-EKS-001
#   severity: high
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_eks_cluster]}
#   remediation: >-
#     Prefer a private endpoint: `vpc_config { endpoint_private_access = true
#     endpoint_public_access = false }`; when public access is needed, restrict it:
#     `public_access_cidrs = ["203.0.113.0/24"]`.
#   fix: {safety: unsafe, change: "Sets `endpoint_public_access = false` (and `endpoint_private_access = true`) in `vpc_config`; the API server is then reachable only from the VPC and connected networks, so kubectl, CI runners and tools outside it lose access until they go through a VPN, a bastion or a peered network."}
#   frameworks: {nist-800-53: [AC-3, AC-17, SC-7, SC-7(5)]}
#   references:
#     - "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#public_access_cidrs"
#   peers: {checkov: [CKV_AWS_38], kics: [eks_cluster_has_public_access_cidrs], trivy: [AVD-AWS-0041]}
package srm.aws.eks.public_endpoint

import data.srm.lib.terraform as tf

# An explicit world-open CIDR in public_access_cidrs.
deny contains {
	"msg": sprintf("EKS cluster %s exposes its public API endpoint to %s (vpc_config.public_access_cidrs); restrict it to known ranges or set endpoint_public_access = false", [r.address, cidr]),
	"resource": r.address,
	"path": ["vpc_config", i, "public_access_cidrs", j],
	"fix": private_endpoint_fix(i, vpc),
} if {
	some r in tf.resources("aws_eks_cluster")
	some i, vpc in tf.blocks(r.values, "vpc_config")
	public_endpoint(vpc)
	is_array(vpc.public_access_cidrs)
	some j, cidr in vpc.public_access_cidrs
	tf.is_world_cidr(cidr)
}

# public_access_cidrs omitted: the public endpoint accepts 0.0.0.0/0.
deny contains {
	"msg": sprintf("EKS cluster %s exposes its public API endpoint to 0.0.0.0/0: %s and public_access_cidrs is not set (default [\"0.0.0.0/0\"])", [r.address, describe_public(vpc)]),
	"resource": r.address,
	"path": ["vpc_config", i, attr],
	"fix": private_endpoint_fix(i, vpc),
} if {
	some r in tf.resources("aws_eks_cluster")
	some i, vpc in tf.blocks(r.values, "vpc_config")
	public_endpoint(vpc)
	not "public_access_cidrs" in object.keys(vpc)
	attr := anchor(vpc)
}

# public_access_cidrs = []: AWS treats an empty list as absent, so the public
# endpoint still accepts 0.0.0.0/0.
deny contains {
	"msg": sprintf("EKS cluster %s exposes its public API endpoint to 0.0.0.0/0: %s and public_access_cidrs is empty (AWS then applies the default [\"0.0.0.0/0\"])", [r.address, describe_public(vpc)]),
	"resource": r.address,
	"path": ["vpc_config", i, "public_access_cidrs"],
	"fix": private_endpoint_fix(i, vpc),
} if {
	some r in tf.resources("aws_eks_cluster")
	some i, vpc in tf.blocks(r.values, "vpc_config")
	public_endpoint(vpc)
	vpc.public_access_cidrs == []
}

# The fix: a private endpoint only (EKS needs one of the two endpoints on).
private_endpoint_fix(i, vpc) := [{"set": ["vpc_config", i, "endpoint_public_access"], "value": false}] if {
	tf.is_true(object.get(vpc, "endpoint_private_access", false))
} else := [
	{"set": ["vpc_config", i, "endpoint_public_access"], "value": false},
	{"set": ["vpc_config", i, "endpoint_private_access"], "value": true},
]

# The public endpoint is on: explicitly, or by default when the attribute is omitted.
public_endpoint(vpc) if not "endpoint_public_access" in object.keys(vpc)

public_endpoint(vpc) if tf.is_true(vpc.endpoint_public_access)

describe_public(vpc) := "endpoint_public_access is true" if {
	"endpoint_public_access" in object.keys(vpc)
} else := "endpoint_public_access is not set (default true)"

# Point at endpoint_public_access when it is written, else at the vpc_config block.
anchor(vpc) := "endpoint_public_access" if {
	"endpoint_public_access" in object.keys(vpc)
} else := "public_access_cidrs"
