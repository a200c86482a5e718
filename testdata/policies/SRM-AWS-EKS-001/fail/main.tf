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

# Public endpoint explicitly open to the internet.
resource "aws_eks_cluster" "explicit" {
  name     = "explicit"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids              = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_private_access = true
    endpoint_public_access  = true
    public_access_cidrs     = ["10.20.0.0/16", "0.0.0.0/0"] # expect: SRM-AWS-EKS-001
  }
}

# Public endpoint on with the default CIDR list (0.0.0.0/0).
resource "aws_eks_cluster" "public_flag" {
  name     = "public-flag"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids             = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_public_access = true # expect: SRM-AWS-EKS-001
  }
}

# Everything omitted: public endpoint, open to 0.0.0.0/0.
resource "aws_eks_cluster" "defaults" {
  name     = "defaults"
  role_arn = aws_iam_role.eks.arn

  vpc_config { # expect: SRM-AWS-EKS-001
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

# An empty CIDR list is treated as absent: open to 0.0.0.0/0.
resource "aws_eks_cluster" "empty_cidrs" {
  name     = "empty-cidrs"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids             = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_public_access = true
    public_access_cidrs    = [] # expect: SRM-AWS-EKS-001
  }
}
