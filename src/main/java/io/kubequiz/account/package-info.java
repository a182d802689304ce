/** Users and roles, registration, login and the signed-in principal. */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package io.kubequiz.account;
