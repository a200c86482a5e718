# METADATA
# title: SNS subscription delivers messages over plain HTTP
# description: >-
#   A subscription with protocol "http" makes SNS POST every message of the
#   topic, and the subscription confirmation token, to the endpoint without TLS:
#   anyone on the network path can read the messages, and a spoofed or
#   intercepted endpoint receives them without any server authentication. The
#   topic's server-side encryption protects messages only at rest. SNS uses TLS
#   when the subscription asks for https.
# custom:
#   id: SRM-AWS-SNS-003
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_sns_topic_subscription]}
#   remediation: >-
#     Subscribe an HTTPS endpoint: `protocol = "https"` with
#     `endpoint = "https://hooks.example.com/sns"`, and verify message signatures
#     in the receiver (`signature_version = 2` on the topic).
#   frameworks: {nist-800-53: [SC-8, SC-8(1)]}
#   references:
#     - "https://docs.aws.amazon.com/sns/latest/dg/sns-http-https-endpoint-as-subscriber.html"
#     - "https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic_subscription#protocol"
package srm.aws.sns.subscription_http

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("SNS subscription %s delivers messages to its endpoint over plain HTTP (protocol = %q)", [r.address, r.values.protocol]),
	"resource": r.address,
	"path": ["protocol"],
} if {
	some r in tf.resources("aws_sns_topic_subscription")
	is_string(r.values.protocol)
	lower(r.values.protocol) == "http"
}

unknown contains {"resource": r.address, "path": ["protocol"]} if {
	some r in tf.resources("aws_sns_topic_subscription")
	tf.is_unresolved(r.values.protocol)
}
