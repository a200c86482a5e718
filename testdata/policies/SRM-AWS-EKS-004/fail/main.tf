# End of extended support passed.
resource "aws_eks_cluster" "legacy" {
  name     = "legacy"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  version  = "1.27" # expect: SRM-AWS-EKS-004

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

# Past standard support, kept alive by paid extended support.
resource "aws_eks_cluster" "extended" {
  name     = "extended"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  version  = "1.32" # expect: SRM-AWS-EKS-004

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}
