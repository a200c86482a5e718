variable "cluster_log_types" {
  type = list(string)
}

resource "aws_cloudwatch_log_group" "eks" {
  name              = "/aws/eks/main/cluster"
  retention_in_days = 365
}

resource "aws_eks_cluster" "main" {
  name                      = "main"
  role_arn                  = "arn:aws:iam::111122223333:role/eks-cluster"
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }

  depends_on = [aws_cloudwatch_log_group.eks]
}

resource "aws_eks_cluster" "security_only" {
  name                      = "security-only"
  role_arn                  = "arn:aws:iam::111122223333:role/eks-cluster"
  enabled_cluster_log_types = ["audit", "authenticator", "api"]

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

# Decided by a variable: not judged.
resource "aws_eks_cluster" "configurable" {
  name                      = "configurable"
  role_arn                  = "arn:aws:iam::111122223333:role/eks-cluster"
  enabled_cluster_log_types = var.cluster_log_types

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}
