variable "admin_ssh_public_key" {
  type = string
}

variable "nic_id" {
  type = string
}

variable "disk_encryption_set_id" {
  type = string
}

data "azurerm_key_vault_key" "disks" {
  name         = "disks-cmk"
  key_vault_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-security/providers/Microsoft.KeyVault/vaults/kv-acme-main"
}

resource "azurerm_disk_encryption_set" "cmk" {
  name                = "des-records"
  resource_group_name = "rg-records"
  location            = "westeurope"
  key_vault_key_id    = data.azurerm_key_vault_key.disks.id

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_managed_disk" "records" {
  name                   = "disk-records"
  location               = "westeurope"
  resource_group_name    = "rg-records"
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 256
  disk_encryption_set_id = azurerm_disk_encryption_set.cmk.id

  tags = {
    data-classification = "restricted"
  }
}

resource "azurerm_linux_virtual_machine" "records" {
  name                  = "vm-records"
  resource_group_name   = "rg-records"
  location              = "westeurope"
  size                  = "Standard_D4s_v5"
  admin_username        = "azureuser"
  network_interface_ids = [var.nic_id]

  admin_ssh_key {
    username   = "azureuser"
    public_key = var.admin_ssh_public_key
  }

  os_disk {
    caching                = "ReadWrite"
    storage_account_type   = "Premium_LRS"
    disk_encryption_set_id = var.disk_encryption_set_id
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }

  tags = {
    data-classification = "confidential"
  }
}

# Internal data: platform-managed keys are enough.
resource "azurerm_managed_disk" "scratch" {
  name                 = "disk-scratch"
  location             = "westeurope"
  resource_group_name  = "rg-records"
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 64

  tags = {
    data-classification = "internal"
  }
}
