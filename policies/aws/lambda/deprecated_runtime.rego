# METADATA
# title: Lambda function uses a deprecated runtime
# description: >-
#   Once a Lambda runtime is deprecated, AWS stops patching its language runtime
#   and operating system: known vulnerabilities in the interpreter, its standard
#   library and the bundled SDK stay open, the function loses technical support,
#   and AWS later blocks creating and then updating functions on it, which turns
#   an urgent fix into a forced migration. Moving to a supported runtime is the
#   customer's part of patching a managed service.
# custom:
#   id: SRM-AWS-LAMBDA-001
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: shared
#   input: {format: terraform, types: [aws_lambda_function]}
#   remediation: >-
#     Move the function to a supported runtime of the same language and test it,
#     e.g. `runtime = "python3.13"`, `runtime = "nodejs22.x"`, `runtime = "java21"`
#     or `runtime = "provided.al2023"` (Go, Rust and custom runtimes).
#   frameworks: {nist-800-53: [SI-2, SA-22]}
#   references:
#     - "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html"
#     - "https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-2"
#   peers: {checkov: [CKV_AWS_363]}
package srm.aws.lambda.deprecated_runtime

import data.srm.lib.terraform as tf

# Runtime identifiers whose deprecation date had passed when the list was last
# reviewed (November 2026), with that date. Update it with the Lambda runtimes page.
deprecated := {
	"nodejs": "2016-10-31",
	"nodejs4.3": "2020-03-05",
	"nodejs4.3-edge": "2020-03-05",
	"nodejs6.10": "2019-08-12",
	"nodejs8.10": "2020-03-06",
	"nodejs10.x": "2021-07-30",
	"nodejs12.x": "2023-03-31",
	"nodejs14.x": "2023-12-04",
	"nodejs16.x": "2024-06-12",
	"nodejs18.x": "2025-09-01",
	"nodejs20.x": "2026-04-30",
	"python2.7": "2021-07-15",
	"python3.6": "2022-07-18",
	"python3.7": "2023-12-04",
	"python3.8": "2024-10-14",
	"python3.9": "2025-12-15",
	"python3.10": "2026-10-31",
	"ruby2.5": "2021-07-30",
	"ruby2.7": "2023-12-07",
	"ruby3.2": "2026-03-31",
	"java8": "2024-01-08",
	"go1.x": "2024-01-08",
	"provided": "2024-01-08",
	"dotnetcore1.0": "2019-07-27",
	"dotnetcore2.0": "2019-05-30",
	"dotnetcore2.1": "2022-01-05",
	"dotnetcore3.1": "2023-04-03",
	"dotnet5.0": "2022-05-10",
	"dotnet6": "2024-12-20",
	"dotnet7": "2024-05-14",
	"dotnet8": "2026-11-10",
}

deny contains {
	"msg": sprintf("Lambda function %s uses the %s runtime, deprecated since %s: it no longer receives security patches", [r.address, runtime, deprecated[runtime]]),
	"resource": r.address,
	"path": ["runtime"],
} if {
	some r in tf.resources("aws_lambda_function")
	runtime := r.values.runtime
	is_string(runtime)
	deprecated[runtime]
}
