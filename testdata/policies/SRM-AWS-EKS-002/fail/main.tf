resource "aws_kms_key" "eks" {
  description         = "EKS envelope encryption"
  enable_key_rotation = true
}

# No encryption_config at all.
resource "aws_eks_cluster" "plain" { # expect: SRM-AWS-EKS-002
  name     = "plain"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

# An encryption_config that leaves the secrets out.
resource "aws_eks_cluster" "wrong_resource" {
  name     = "wrong-resource"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }

  encryption_config {
    resources = ["configmaps"] # expect: SRM-AWS-EKS-002
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}
