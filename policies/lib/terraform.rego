# Helpers shared by the Terraform policies.
#
# A Terraform input document holds one module directory; `input.resources` is
# indexed by resource type (data sources under "data.<type>"), so a policy
# only ever looks at the types it names in its METADATA `input.types`.
package srm.lib.terraform

import data.srm.lib.index as idx

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
# It looks the target up in two indexes built once per document, so 10,000
# buckets with 10,000 attachments cost 20,000 steps, not 100,000,000. To ask
# only whether there is one, use is_attached: references name a resource, not
# an instance, so with `count` every instance may have thousands.
# (resources(type)[i], not input.resources[type][i]: regorus' RVM loads `input`
# once per rule, where it is first named; named first in a comprehension that
# finds nothing, it stays unloaded for the second one, which then finds nothing.)
attached(type, attr_path, target) := {other |
	some i in reference_index[[type, attr_path, base_address(target)]]
	other := resources(type)[i]
} | {other |
	name := object.get(target.values, "bucket", null)
	is_string(name)
	some i in value_index[[type, attr_path, name]]
	other := resources(type)[i]
}

# attached_to(other, attr_path, type) is the reverse of attached: the resources
# `target` of `type` such that `other` is in attached(other's type, attr_path,
# target). A policy that judges the split resources themselves (and reports them
# with the bucket they belong to) starts from them and finds their buckets here.
attached_to(other, attr_path, type) := {target |
	some address in references(other, attr_path)
	some i in base_address_index[[type, address]]
	target := resources(type)[i]
} | {target |
	name := other.values[attr_path]
	is_string(name)
	some i in value_index[[type, "bucket", name]]
	target := resources(type)[i]
}

# is_attached(type, attr_path, target): attached(type, attr_path, target) is not
# empty, answered by one look-up in each index.
is_attached(type, attr_path, target) if reference_index[[type, attr_path, base_address(target)]]

is_attached(type, attr_path, target) if {
	name := object.get(target.values, "bucket", null)
	is_string(name)
	value_index[[type, attr_path, name]]
}

# referrers(type, attr_path, address) is the set of resources of `type` whose
# attribute refers to `address`: every `other` with refers_to(other, attr_path,
# address), looked up in reference_index.
referrers(type, attr_path, address) := {other |
	some key in reference_keys(address)
	some i in reference_index[[type, attr_path, key]]
	other := resources(type)[i]
}

# has_referrer(type, attr_path, address): referrers(type, attr_path, address) is not empty.
has_referrer(type, attr_path, address) if {
	some key in reference_keys(address)
	reference_index[[type, attr_path, key]]
}

# with_value(type, attr_path, value) is the set of resources of `type` whose
# top-level attribute is the string `value` (other.values[attr_path] == value),
# looked up in value_index; empty when `value` is not a string.
with_value(type, attr_path, value) := {other |
	is_string(value)
	some i in value_index[[type, attr_path, value]]
	other := resources(type)[i]
}

# has_value(type, attr_path, value): with_value(type, attr_path, value) is not empty.
has_value(type, attr_path, value) if {
	is_string(value)
	value_index[[type, attr_path, value]]
}

# reference_keys(address) is the set of addresses whose presence among an
# attribute's references makes refers_to(_, _, address) true: the address itself
# and, for an instance (`aws_s3_bucket.b[0]`), the part before its first "[".
reference_keys(address) := {address, substring(address, 0, indexof(address, "["))} if contains(address, "[")

reference_keys(address) := {address} if not contains(address, "[")

# reference_index[[type, attribute, address]] is the set of positions (in
# input.resources[type]) of the resources whose attribute refers to `address`.
reference_index := idx.group({[[type, attr_path, address], i] |
	some type, list in input.resources
	some i, other in list
	some attr_path, addresses in object.get(other, "references", {})
	some address in addresses
})

# value_index[[type, attribute, value]] is the set of positions of the
# resources whose top-level attribute is that string.
value_index := idx.group({[[type, attr_path, value], i] |
	some type, list in input.resources
	some i, other in list
	some attr_path, value in other.values
	is_string(value)
})

# base_address_index[[type, base address]] is the set of positions (in
# input.resources[type]) of the resources with that base address.
base_address_index := idx.group({[[type, base_address(other)], i] |
	some type, list in input.resources
	some i, other in list
})

# base_address(resource) is the address without an instance key
# (`aws_instance.web` for `aws_instance.web[0]`): what references name.
base_address(resource) := object.get(resource, "base_address", resource.address)

# tags(values) is the resource's tags map ({} when none).
tags(values) := object.get(values, "tags", {})

# json_document(value) is a JSON document (a policy object, a list of container
# definitions), whether it was written with jsonencode({...}) / jsonencode([...])
# (already an object or array) or as a JSON string (heredoc, file()).
json_document(value) := value if is_object(value)

json_document(value) := value if is_array(value)

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
default classification_keys := {"data-classification", "DataClassification", "data_classification"}

classification_keys := data.srm.config.classification_keys

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

# container_definitions(resource) is the set of container definitions of an aws_ecs_task_definition,
# from jsonencode([...]) (inline: true, each has its own path) or a JSON string (inline: false, one
# span for all): {"name" (quoted, or "#i" when unnamed), "definition", "index", "inline"}.
container_definitions(resource) := {c |
	value := object.get(resource.values, "container_definitions", null)
	list := json_document(value)
	is_array(list)
	some i, definition in list
	is_object(definition)
	c := {"name": _container_label(definition, i), "definition": definition, "index": i, "inline": is_array(value)}
}

_container_label(definition, _) := sprintf("%q", [definition.name]) if is_string(definition.name)

_container_label(definition, i) := sprintf("#%d", [i]) if not is_string(definition.name)

# container_definition_path(c, rest) is the finding path of `rest` inside a container_definitions entry:
# its own path when inline, else the container_definitions string itself, which has no inner paths.
container_definition_path(c, rest) := array.concat(["container_definitions", c.index], rest) if c.inline

container_definition_path(c, _) := ["container_definitions"] if not c.inline

# looks_like_secret_name(name): an environment variable name that denotes a credential (DB_PASSWORD, API_TOKEN,
# AWS_ACCESS_KEY_ID), not a reference to one (SECRET_ARN, TOKEN_URL), so a literal value there is a plaintext secret.
looks_like_secret_name(name) if _secret_name_normalized(name) == "aws_access_key_id"

looks_like_secret_name(name) if {
	n := _secret_name_normalized(name)
	segments := split(n, "_")
	not segments[count(segments) - 1] in _secret_reference_suffixes
	_secret_name_part(n, segments)
}

# Name parts that denote a credential (compared lower-case, "-" read as "_"):
# substrings for the unambiguous ones, whole "_"-separated words for the rest
# (so TOKENIZER or SECRETARY are not taken for TOKEN or SECRET).
_secret_substrings := ["password", "passwd", "api_key", "apikey", "private_key", "privatekey", "access_key"]

_secret_words := {"secret", "secrets", "token", "tokens", "credential", "credentials"}

# Last name segments that denote a reference to a secret, not the secret itself
# (SECRET_ARN, TOKEN_URL, PASSWORD_MIN_LENGTH...).
_secret_reference_suffixes := {"arn", "name", "id", "path", "file", "url", "uri", "endpoint", "region", "type", "ttl", "version", "length", "expiry", "expiration", "header", "issuer", "enabled", "policy", "rotation"}

_secret_name_part(n, _) if {
	some part in _secret_substrings
	contains(n, part)
}

_secret_name_part(_, segments) if {
	some segment in segments
	segment in _secret_words
}

_secret_name_normalized(name) := replace(lower(name), "-", "_") if {
	is_string(name)
	not is_unresolved(name)
}

# statements(document) is an IAM policy document's statements as [statement, path] pairs, path inside the
# document: "Statement" may be a list (["Statement", i]) or a single object (["Statement"]); [] otherwise.
statements(document) := [[s, ["Statement", i]] | some i, s in document.Statement] if is_array(document.Statement)

statements(document) := [[document.Statement, ["Statement"]]] if is_object(document.Statement)

# is_allow(effect): an IAM statement effect that allows, "Allow" in any case or omitted (null, as a data source leaves it).
is_allow(effect) if effect == null

is_allow(effect) if {
	is_string(effect)
	lower(effect) == "allow"
}

# is_public_principal(principal): an IAM Principal that is anyone, "*" or {"AWS": "*"} (alone or in a list),
# which a resource policy grants to every AWS account unless a Condition narrows it.
is_public_principal(principal) if principal == "*"

is_public_principal(principal) if {
	is_object(principal)
	"*" in as_array(principal.AWS)
}

# is_unconditioned(condition): a statement's Condition is absent (null) or empty, so nothing narrows the grant (an unresolved one counts as present).
is_unconditioned(condition) if condition == null

is_unconditioned(condition) if {
	is_object(condition)
	count(condition) == 0
}

# gcp_is_public_member(member): a Google Cloud IAM member (or ACL entity) that is anyone on the internet,
# allUsers, or any Google account, allAuthenticatedUsers: granting a role to it makes the resource public.
gcp_is_public_member(member) if member in {"allUsers", "allAuthenticatedUsers"}
