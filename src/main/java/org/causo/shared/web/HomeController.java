package org.causo.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The officers' start page: a menu of what their role can open. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
