variable "kms_key_id" {
  type = string
}

resource "aws_kms_key" "sagemaker" {
  description         = "SageMaker notebooks"
  enable_key_rotation = true
}

resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker-notebook"
  instance_type          = "ml.t3.medium"
  volume_size            = 50
  kms_key_id             = aws_kms_key.sagemaker.arn
  subnet_id              = "subnet-0a1b2c3d4e5f60001"
  security_groups        = ["sg-0a1b2c3d4e5f60001"]
  direct_internet_access = "Disabled"
  root_access            = "Disabled"
}

# Key from a variable.
resource "aws_sagemaker_notebook_instance" "configurable" {
  name          = "configurable"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker-notebook"
  instance_type = "ml.t3.medium"
  kms_key_id    = var.kms_key_id
}
