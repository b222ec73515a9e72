package org.causo.library;

/** What a question is about: the digital skills the campaign teaches. */
public enum QuizTopic {

	VNEID, SCAM_CALLS, PASSWORDS, QR_PAYMENT, PUBLIC_SERVICES, OTHER

}
