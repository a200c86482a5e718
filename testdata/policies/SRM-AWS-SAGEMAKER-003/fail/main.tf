resource "aws_sagemaker_notebook_instance" "research" { # expect: SRM-AWS-SAGEMAKER-003
  name                   = "research"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker-notebook"
  instance_type          = "ml.t3.medium"
  volume_size            = 50
  subnet_id              = "subnet-0a1b2c3d4e5f60001"
  security_groups        = ["sg-0a1b2c3d4e5f60001"]
  direct_internet_access = "Disabled"
  root_access            = "Disabled"
}
