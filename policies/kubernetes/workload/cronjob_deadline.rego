# METADATA
# title: CronJob allows concurrent runs without a starting deadline
# description: >-
#   With concurrencyPolicy Allow (the default) a new run starts even when the
#   previous one is still going, and without startingDeadlineSeconds a run that
#   missed its time (controller restart, control-plane outage, suspended
#   CronJob) is started whenever the controller gets to it, however late. After
#   an incident, backups, reports and batch jobs then start out of schedule and
#   pile up on one another, competing for the same data and capacity just when
#   the cluster is recovering; the controller also warns once more than 100
#   start times were missed.
#   There is no automatic fix: forbidding overlapping runs or bounding how late
#   a run may start, and by how much, is the user's choice.
# custom:
#   id: SRM-K8S-WORKLOAD-001
#   severity: low
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: kubernetes, types: [CronJob]}
#   remediation: >-
#     Forbid overlapping runs, or bound how late a run may start:
#     `spec: {concurrencyPolicy: Forbid, startingDeadlineSeconds: 600}`.
#   frameworks: {nist-800-53: [CP-10, SC-5]}
#   references:
#     - "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#concurrency-policy"
#     - "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#deadline-for-delayed-job-start"
#   peers: {kics: [cronjob_deadline_not_configured]}
package srm.kubernetes.workload.cronjob_deadline

import data.srm.lib.kubernetes as k8s

# Only CronJobs that allow concurrent runs are judged.
applies contains r.address if {
	some r in k8s.resources("CronJob")
	_policy(r) == "Allow"
}

deny contains {"msg": msg, "resource": r.address, "path": ["spec", "startingDeadlineSeconds"]} if {
	some r in k8s.resources("CronJob")
	_policy(r) == "Allow"
	object.get(r.values, ["spec", "startingDeadlineSeconds"], null) == null
	msg := sprintf("%s: concurrencyPolicy is Allow%s and startingDeadlineSeconds is not set, so missed runs start arbitrarily late and overlap with the next ones", [r.address, _default_note(r)])
}

# A policy left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": r.address, "path": ["spec", "concurrencyPolicy"]} if {
	some r in k8s.resources("CronJob")
	value := object.get(r.values, ["spec", "concurrencyPolicy"], null)
	is_string(value)
	contains(value, "${")
}

# The concurrency policy, Allow when absent.
_policy(r) := "Allow" if object.get(r.values, ["spec", "concurrencyPolicy"], null) == null

_policy(r) := value if {
	value := object.get(r.values, ["spec", "concurrencyPolicy"], null)
	value != null
}

_default_note(r) := " (the default)" if object.get(r.values, ["spec", "concurrencyPolicy"], null) == null

_default_note(r) := "" if object.get(r.values, ["spec", "concurrencyPolicy"], null) != null
