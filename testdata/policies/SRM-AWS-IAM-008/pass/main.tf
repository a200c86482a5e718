variable "key_status" {
  type    = string
}

# Keys being retired.
resource "aws_iam_access_key" "old" {
  user   = "legacy-integration"
  status = "Inactive"
}

resource "aws_iam_access_key" "configurable" {
  user   = "legacy-integration"
  status = var.key_status
}

# CI uses OIDC federation instead of keys.
resource "aws_iam_openid_connect_provider" "github" {
  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
}
