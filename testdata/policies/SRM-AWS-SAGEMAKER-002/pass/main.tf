variable "root_access" {
  type = string
}

resource "aws_sagemaker_notebook_instance_lifecycle_configuration" "setup" {
  name     = "setup"
  on_start = base64encode("sudo -u ec2-user -i pip install --quiet pandas==2.2.2")
}

resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker-notebook"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0a1b2c3d4e5f60001"
  security_groups        = ["sg-0a1b2c3d4e5f60001"]
  direct_internet_access = "Disabled"
  root_access            = "Disabled"
  lifecycle_config_name  = aws_sagemaker_notebook_instance_lifecycle_configuration.setup.name
}

# Decided by a variable: not judged.
resource "aws_sagemaker_notebook_instance" "configurable" {
  name          = "configurable"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker-notebook"
  instance_type = "ml.t3.medium"
  root_access   = var.root_access
}
