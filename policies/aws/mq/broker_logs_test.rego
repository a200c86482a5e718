package srm.aws.mq.broker_logs_test

import data.srm.aws.mq.broker_logs as policy

broker(engine, values) := {"format": "terraform", "module": ".", "resources": {"aws_mq_broker": [{
	"address": "aws_mq_broker.b", "type": "aws_mq_broker", "name": "b", "mode": "managed", "file": "main.tf",
	"values": object.union({"broker_name": "b", "engine_type": engine}, values), "references": {},
}]}}

paths(findings) := {f.path | some f in findings}

test_missing_logs_block_reported_once if {
	paths(policy.deny) == {["logs"]} with input as broker("ActiveMQ", {})
	paths(policy.deny) == {["logs"]} with input as broker("RabbitMQ", {"logs": []})
}

test_disabled_logs_reported if {
	paths(policy.deny) == {["logs", 0, "general"], ["logs", 0, "audit"]} with input as broker("ActiveMQ", {"logs": [{"general": false, "audit": false}]})
	paths(policy.deny) == {["logs", 0, "audit"]} with input as broker("ActiveMQ", {"logs": [{"general": true}]})
	paths(policy.deny) == {["logs", 0, "general"]} with input as broker("RabbitMQ", {"logs": [{"general": "false"}]})
}

test_enabled_rabbitmq_and_unresolved_pass if {
	count(policy.deny) == 0 with input as broker("ActiveMQ", {"logs": [{"general": true, "audit": true}]})
	count(policy.deny) == 0 with input as broker("activemq", {"logs": {"general": true, "audit": "true"}})
	count(policy.deny) == 0 with input as broker("RabbitMQ", {"logs": [{"general": true}]})
	count(policy.deny) == 0 with input as broker("ActiveMQ", {"logs": [{"general": "${var.general}", "audit": "${var.audit}"}]})
	count(policy.deny) == 0 with input as broker("${var.engine}", {"logs": [{"general": true}]})
}
