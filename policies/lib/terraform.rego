# Helpers shared by the Terraform policies.
#
# A Terraform input document holds one module directory; `input.resources` is
# indexed by resource type (data sources under "data.<type>"), so a policy
# only ever looks at the types it names in its METADATA `input.types`.
package srm.lib.terraform

# resources(type) is the list of resources of one type in this module ([] when none).
resources(type) := object.get(input.resources, type, [])

# blocks(values, name) is the list of nested blocks called `name`: HCL gives
# a list of blocks, `.tf.json` may give one object; both come back as a list.
blocks(values, name) := value if {
	value := values[name]
	is_array(value)
} else := [value] if {
	value := values[name]
	is_object(value)
} else := []

# is_unresolved(value) is true for a value that is still a Terraform
# expression ("${var.x}"): a policy must judge it neither secure nor insecure.
is_unresolved(value) if {
	is_string(value)
	contains(value, "${")
}

# is_false / is_true accept Terraform's string forms of booleans too.
is_false(value) if value == false

is_false(value) if value == "false"

is_true(value) if value == true

is_true(value) if value == "true"

# is_known(values, attr): the attribute is set and not an unresolved expression.
is_known(values, attr) if {
	value := values[attr]
	not is_unresolved(value)
}

# references(resource, attr_path) is the set of addresses the attribute's
# expression refers to (e.g. "aws_s3_bucket.logs", "var.env", "module.x").
# attr_path is the dotted path of the attribute inside `values`.
references(resource, attr_path) := {address |
	some address in object.get(resource.references, attr_path, [])
}

# refers_to(resource, attr_path, address): the attribute refers to `address`.
refers_to(resource, attr_path, address) if address in references(resource, attr_path)

# An instance (`aws_s3_bucket.b[0]`, `aws_s3_bucket.b["logs"]`) is referred to through its resource's address.
refers_to(resource, attr_path, address) if {
	contains(address, "[")
	substring(address, 0, indexof(address, "[")) in references(resource, attr_path)
}

# attached(type, attr_path, target) is the set of resources of `type` whose
# attribute refers to the target resource, for provider-v4-style split resources
# such as aws_s3_bucket_versioning.bucket = aws_s3_bucket.b.id. A name match
# counts too: `bucket = "my-bucket"` where the bucket's own `bucket` is
# "my-bucket", or the very same expression on both sides (`var.name`).
attached(type, attr_path, target) := {other |
	some other in resources(type)
	refers_to(other, attr_path, base_address(target))
} | {other |
	some other in resources(type)
	name := object.get(target.values, "bucket", null)
	is_string(name)
	other.values[attr_path] == name
}

# base_address(resource) is the address without an instance key
# (`aws_instance.web` for `aws_instance.web[0]`): what references name.
base_address(resource) := object.get(resource, "base_address", resource.address)

# tags(values) is the resource's tags map ({} when none).
tags(values) := object.get(values, "tags", {})

# json_document(value) is a policy document as an object, whether it was
# written with jsonencode({...}) (already an object) or as a JSON string (heredoc).
json_document(value) := value if is_object(value)

json_document(value) := json.unmarshal(value) if {
	is_string(value)
	not is_unresolved(value)
	json.is_valid(value)
}

# as_array(x) wraps a single value in a list (IAM allows "Action": "s3:*" or a list).
as_array(x) := x if is_array(x)

as_array(x) := [x] if not is_array(x)

# is_world_cidr(cidr): the whole IPv4 or IPv6 internet.
is_world_cidr(cidr) if cidr in {"0.0.0.0/0", "::/0"}

# Data classification (see the README): a resource's class comes from a tag
# (AWS, Azure) or a label (Google). The keys can be set in configuration as
# data.srm.config.classification_keys; by default these are read.
default_classification_keys := {"data-classification", "DataClassification", "data_classification"}

classification_keys := object.get(data, ["srm", "config", "classification_keys"], default_classification_keys)

# classifications(values) is the set of classes a resource carries, lower-cased
# ("public", "internal", "confidential", "restricted"); empty when it has none
# or when its tags are still an expression.
classifications(values) := {lower(value) |
	some container in ["tags", "labels"]
	tags := object.get(values, container, {})
	is_object(tags)
	some key, value in tags
	key in classification_keys
	is_string(value)
	not is_unresolved(value)
}

# has_classification(values): the resource carries a classification tag or label.
has_classification(values) if count(classifications(values)) > 0

# is_sensitive(values): the resource is classified confidential or restricted,
# so the stricter policies (customer-managed keys, longer retention) apply.
is_sensitive(values) if {
	some class in classifications(values)
	class in {"confidential", "restricted"}
}

# tags_unresolved(values): tags (or labels) are an expression, so whether a
# classification is present cannot be judged.
tags_unresolved(values) if {
	some container in ["tags", "labels"]
	is_unresolved(object.get(values, container, {}))
}
