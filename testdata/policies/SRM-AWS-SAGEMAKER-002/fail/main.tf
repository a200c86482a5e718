resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker-notebook"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0a1b2c3d4e5f60001"
  security_groups        = ["sg-0a1b2c3d4e5f60001"]
  direct_internet_access = "Disabled"
  root_access            = "Enabled" # expect: SRM-AWS-SAGEMAKER-002
}

resource "aws_sagemaker_notebook_instance" "sandbox" { # expect: SRM-AWS-SAGEMAKER-002
  name                   = "sandbox"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker-notebook"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0a1b2c3d4e5f60001"
  security_groups        = ["sg-0a1b2c3d4e5f60001"]
  direct_internet_access = "Disabled"
}
