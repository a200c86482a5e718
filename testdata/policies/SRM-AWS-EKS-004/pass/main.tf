variable "kubernetes_version" {
  type = string
}

resource "aws_eks_cluster" "current" {
  name     = "current"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  version  = "1.35"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }

  upgrade_policy {
    support_type = "STANDARD"
  }
}

# Omitted: EKS creates the cluster with the latest version.
resource "aws_eks_cluster" "latest" {
  name     = "latest"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

# Decided by a variable: not judged.
resource "aws_eks_cluster" "configurable" {
  name     = "configurable"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  version  = var.kubernetes_version

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}
