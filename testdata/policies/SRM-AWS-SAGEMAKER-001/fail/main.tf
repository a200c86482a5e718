resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker-notebook"
  instance_type          = "ml.t3.medium"
  kms_key_id             = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  root_access            = "Disabled"
  direct_internet_access = "Enabled" # expect: SRM-AWS-SAGEMAKER-001
}

resource "aws_sagemaker_notebook_instance" "sandbox" { # expect: SRM-AWS-SAGEMAKER-001
  name          = "sandbox"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker-notebook"
  instance_type = "ml.t3.medium"
}
