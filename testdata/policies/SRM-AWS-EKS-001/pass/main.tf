variable "endpoint_public_access" {
  type = bool
}

variable "admin_cidrs" {
  type = list(string)
}

resource "aws_iam_role" "eks" {
  name = "eks-cluster"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "eks.amazonaws.com" }
    }]
  })
}

# Private endpoint only.
resource "aws_eks_cluster" "private" {
  name     = "private"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids              = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}

# Public endpoint restricted to the office range.
resource "aws_eks_cluster" "restricted" {
  name     = "restricted"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids              = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_private_access = true
    public_access_cidrs     = ["203.0.113.0/24"]
  }
}

# Decided by variables: not judged.
resource "aws_eks_cluster" "configurable" {
  name     = "configurable"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids             = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_public_access = var.endpoint_public_access
  }
}

resource "aws_eks_cluster" "admin_ranges" {
  name     = "admin-ranges"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids          = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    public_access_cidrs = var.admin_cidrs
  }
}
