package srm.lib.secrets

# The secrets srm-lint found in the document's files (`input.secrets`, see
# CONTRIBUTING.md): Rust finds and masks them; policies only choose which to
# report and say so. A result is {"secret": s.id, "msg": ...}.

# The secrets of one category: credential, cloud-key, private-key, service-token.
of_category(category) := [s | some s in object.get(input, "secrets", []); s.category == category]

# How a message names where a secret is written: the owner and, when known, the
# attribute in it (`aws_instance.web.user_data`, `provider.aws.secret_key`).
place(s) := sprintf("%s.%s", [s.owner, s.label]) if s.label != ""

place(s) := s.owner if s.label == ""
