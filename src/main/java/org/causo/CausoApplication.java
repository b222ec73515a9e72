package org.causo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Cầu Số: one modular monolith for a border-guard command.
 */
@SpringBootApplication
public class CausoApplication {

	public static void main(String[] args) {
		SpringApplication.run(CausoApplication.class, args);
	}

}
