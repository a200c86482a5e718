variable "direct_internet_access" {
  type = string
}

resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker-notebook"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0a1b2c3d4e5f60001"
  security_groups        = ["sg-0a1b2c3d4e5f60001"]
  direct_internet_access = "Disabled"
  root_access            = "Disabled"
}

# Decided by a variable: not judged.
resource "aws_sagemaker_notebook_instance" "configurable" {
  name                   = "configurable"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker-notebook"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0a1b2c3d4e5f60001"
  security_groups        = ["sg-0a1b2c3d4e5f60001"]
  direct_internet_access = var.direct_internet_access
}
