variable "efs_encrypted" {
  type    = bool
}

resource "aws_kms_key" "efs" {
  description         = "EFS"
  enable_key_rotation = true
}

resource "aws_efs_file_system" "cmk" {
  creation_token = "cmk"
  encrypted      = true
  kms_key_id     = aws_kms_key.efs.arn
}

resource "aws_efs_file_system" "managed_key" {
  creation_token = "managed-key"
  encrypted      = true
}

# From a variable: not judged.
resource "aws_efs_file_system" "configurable" {
  creation_token = "configurable"
  encrypted      = var.efs_encrypted
}
